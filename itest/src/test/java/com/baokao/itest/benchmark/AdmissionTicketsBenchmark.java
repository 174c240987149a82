package com.baokao.itest.benchmark;

import com.baokao.batch.BatchJobs;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.itest.incontainer.AsAdmin;
import com.baokao.itest.support.SeatingWorkload;
import com.baokao.itest.support.TestImages;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Database;
import com.baokao.seating.SeatingCounts;
import com.baokao.seating.SeatingOverview;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.EJB;
import java.awt.Color;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7's benchmark: job {@code admission-tickets} seats a million paid applications on PostgreSQL (target for
 * seat assignment, steps {@code tickets} + {@code seats}: 120 s). The session is {@link SeatingWorkload}'s: 50 sites,
 * three subjects, one of them computer-based with a second sitting and seats a little short, so every rule runs.
 * Not part of the test suite; run by {@code scripts/benchmark-seating.sh} ({@code mvn -Pbenchmark}). Prints the job's
 * time, each step's time and metrics and the counts, checks them, and leaves the text in
 * {@code target/benchmark/admission-tickets.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class AdmissionTicketsBenchmark {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("baokao.it.deploy.dir"), "baokao.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(AdmissionTicketsBenchmark.class,
                AdmissionTicketsBenchmark.Catalogue.class,
                SeatingWorkload.class, SeatingWorkload.Site.class, SeatingWorkload.Layout.class, TestImages.class,
                AsAdmin.class, AsAdmin.ThrowingRunnable.class)
                // the test runs in the server, which does not see Maven's system properties: they travel in the WAR
                .addAsResource(new StringAsset("candidates=" + Integer.getInteger("baokao.benchmark.candidates", 1_000_000)
                        + "\nchunk=" + System.getProperty("baokao.benchmark.chunk", "")
                        + "\nsheets=" + System.getProperty("baokao.benchmark.sheets", "true") + "\n"), SETTINGS);
    }

    private static final String SETTINGS = "admission-tickets-benchmark.properties";

    @EJB
    AsAdmin admin;


    @EJB
    PlacesService placesService;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    SeatingOverview overview;

    @EJB
    BatchJobs jobs;

    @Test
    void seatsAMillionCandidates() throws Exception {
        Properties settings = new Properties();
        try (var in = AdmissionTicketsBenchmark.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            settings.load(in);
        }
        int n = Integer.parseInt(settings.getProperty("candidates"));
        SeatingWorkload.Layout layout = SeatingWorkload.layout(n);
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusHours(1).withNano(0);
        LocalDateTime day1 = opens.toLocalDate().plusDays(50).atTime(9, 0);
        long started = System.nanoTime();
        Catalogue cat = catalogue(layout, opens, day1);
        double catalogued = (System.nanoTime() - started) / 1e9;
        DataSource dataSource = (DataSource) new InitialContext().lookup(Database.DATASOURCE);
        double generated;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            byte[] photo = TestImages.photo(295, 413, Color.WHITE, 30);
            generated = SeatingWorkload.generate(c, layout, cat.session, cat.level, cat.sites, cat.regionOfSite,
                    cat.subjects, day1.plusDays(1).atZone(BusinessTime.ZONE).toInstant(), photo);
        }

        Properties parameters = new Properties();
        parameters.setProperty("sessionId", String.valueOf(cat.session));
        String chunk = settings.getProperty("chunk", "");
        if (!chunk.isBlank()) {
            parameters.setProperty("chunkSize", chunk);
        }
        String load = uptime();
        started = System.nanoTime();
        long execution = jobs.start(BatchJobs.ADMISSION_TICKETS, parameters);
        // sheets=false: stop the job once step sheets has begun (seat assignment is done): a million seats make about
        // 46,000 sheets, which take far longer than the seats (see the sheets/s of a smaller run)
        boolean sheetsToo = Boolean.parseBoolean(settings.getProperty("sheets", "true"));
        boolean stopping = false;
        BatchStatus status = jobs.status(execution);
        while (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            Thread.sleep(200);
            if (!sheetsToo && !stopping && jobs.steps(execution).stream().anyMatch(x -> x.step().equals("sheets"))) {
                BatchRuntime.getJobOperator().stop(execution);
                stopping = true;
            }
            status = jobs.status(execution);
        }
        double job = (System.nanoTime() - started) / 1e9;
        List<BatchJobs.StepRow> steps = jobs.steps(execution);
        SeatingCounts counts = admin.call(() -> overview.counts(cat.session));

        long pairs;
        long doubleSeats;
        long clashes;
        long secondSittings;
        long[] reasons;
        try (Connection c = dataSource.getConnection()) {
            pairs = count(c, "select count(*) from application_subject aps join application a on a.id = aps.application_id"
                    + " where a.session_id = ? and aps.carried_over = false", cat.session);
            doubleSeats = count(c, "select count(*) from (select 1 from seat_assignment where session_id = ?"
                    + " group by room_id, starts_at, seat_number having count(*) > 1) d", cat.session);
            clashes = count(c, "select count(*) from seat_assignment x join seat_assignment y"
                    + " on y.application_id = x.application_id and y.subject_id > x.subject_id"
                    + " where x.session_id = ? and x.starts_at < y.starts_at + y.duration_minutes * interval '1 minute'"
                    + " and y.starts_at < x.starts_at + x.duration_minutes * interval '1 minute'", cat.session);
            secondSittings = count(c, "select count(*) from seat_assignment where session_id = ? and sitting = 2",
                    cat.session);
            reasons = new long[] {
                count(c, "select count(*) from unseated_candidate where session_id = ? and reason = 'ALL_SITTINGS_FULL'",
                        cat.session),
                count(c, "select count(*) from unseated_candidate where session_id = ? and reason <> 'ALL_SITTINGS_FULL'",
                        cat.session)};
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format("%nadmission-tickets benchmark (PostgreSQL): %,d paid candidates, %,d (application, subject)"
                + " pairs, %d sites, %,d rooms, %d subjects (one computer-based, 2 sittings)%n", n, pairs,
                SeatingWorkload.SITES, layout.rooms(), cat.subjects.length));
        out.append(String.format("  catalogue through the services in %.1f s, rows generated in %.1f s (not part of the job)%n",
                catalogued, generated));
        out.append(String.format("  load before the job: %s%n", load));
        out.append(String.format("  JOB: %.1f s wall-clock, execution %d, %s, exit status %s%n", job, execution, status,
                jobs.exitStatus(execution)));
        double seating = 0;
        double sheets = 0;
        for (BatchJobs.StepRow step : steps) {
            double seconds = step.startedAt() == null ? 0 : Duration.between(step.startedAt(),
                    step.endedAt() == null ? java.time.Instant.now() : step.endedAt()).toMillis() / 1000.0;
            if (step.step().equals("tickets") || step.step().equals("seats")) {
                seating += seconds;
            }
            if (step.step().equals("sheets")) {
                sheets = seconds;
            }
            out.append(String.format("  step %-8s %7.1f s  %-9s read %,d  written %,d  commits %,d  exit %s%n", step.step(),
                    seconds, step.status(), step.metric(Metric.MetricType.READ_COUNT),
                    step.metric(Metric.MetricType.WRITE_COUNT), step.metric(Metric.MetricType.COMMIT_COUNT),
                    step.exitStatus()));
        }
        out.append(String.format("  seat assignment (tickets + seats): %.1f s (target <= 120 s), %,.0f seats/s%n", seating,
                counts.seats() / Math.max(seating, 0.001)));
        out.append(String.format("  sign-in sheets%s: %,d in %.1f s = %.1f sheets/s (%,.0f seats/s) on %d threads%n",
                sheetsToo ? "" : " (job stopped during step sheets: sheets=false)", counts.sheets(), sheets,
                counts.sheets() / Math.max(sheets, 0.001),
                counts.seats() / Math.max(sheets, 0.001), Math.min(SeatingWorkload.SITES,
                        Runtime.getRuntime().availableProcessors())));
        out.append(String.format("  counts: tickets %,d, seats %,d (%,d at a second sitting), unseated %,d"
                + " (ALL_SITTINGS_FULL %,d, other %,d; expected %,d), sheets %,d%n", counts.tickets(), counts.seats(),
                secondSittings, counts.unseated(), reasons[0], reasons[1], layout.expectedUnseated(), counts.sheets()));
        out.append(String.format("  checks: seats used twice %d, candidates in two places at once %d%n", doubleSeats, clashes));
        out.append(String.format("  load after the job: %s%n", uptime()));
        System.out.println(out);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(dir.resolve("admission-tickets.txt"), out.toString());

        assertEquals(sheetsToo ? BatchStatus.COMPLETED : BatchStatus.STOPPED, status);
        assertEquals(n, counts.tickets());
        assertEquals(layout.pairs(), pairs);
        assertEquals(pairs, counts.seats() + counts.unseated());
        assertEquals(layout.expectedUnseated(), counts.unseated());
        assertEquals(counts.unseated(), reasons[0]);
        assertEquals(0, doubleSeats);
        assertEquals(0, clashes);
        assertTrue(secondSittings > 0, "some candidates sit the second sitting");
        if (sheetsToo) {
            assertTrue(counts.sheets() > 0, "sign-in sheets rendered");
        }
    }

    /** The session, its level and subjects, two regions and the sites with their rooms, through the catalogue service. */
    private Catalogue catalogue(SeatingWorkload.Layout layout, LocalDateTime opens, LocalDateTime day1) throws Exception {
        SessionForm form = new SessionForm("SEATBENCH", "座位编排基准", "测试职业", opens, opens.plusDays(10),
                opens.plusDays(12), opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(49),
                opens.plusDays(80), false, null, 295, 413, false, 10, 60, "WHITE,BLUE", false, false, true);
        Catalogue cat = admin.call(() -> {
            Catalogue x = new Catalogue();
            long[] regions = {placesService.createRegion("SB1", "基准一区", null), placesService.createRegion("SB2", "基准二区", null)};
            x.session = sessionTree.createSession(form);
            x.level = sessionTree.addLevel(x.session, "3", "三级");
            x.subjects = new long[] {
                sessionTree.addSubject(x.level, null, "A", "理论知识", day1, 90, false, 7000),
                sessionTree.addSubject(x.level, null, "B", "上机操作", day1.withHour(14), 120, true, 9000),
                sessionTree.addSubject(x.level, null, "C", "综合评审", day1.plusDays(1).withHour(14), 120, false, 6000)};
            for (long region : regions) {
                sessionTree.setRegionRule(x.session, region, 1, false, ConfirmationMode.ONLINE, true);
            }
            sessionTree.publish(x.session, true);
            x.sites = new long[SeatingWorkload.SITES];
            x.regionOfSite = new long[SeatingWorkload.SITES];
            for (int s = 0; s < SeatingWorkload.SITES; s++) {
                x.regionOfSite[s] = regions[s < SeatingWorkload.SITES / 2 ? 0 : 1];
                x.sites[s] = placesService.createSite(x.regionOfSite[s], String.format("SB%02d", s + 1),
                        String.format("第%02d考点", s + 1), String.format("基准市基准区考点路 %d 号", s + 1), false);
            }
            return x;
        });
        for (SeatingWorkload.Site site : layout.sites()) {
            long siteId = cat.sites[site.index()];
            admin.run(() -> { // one transaction per site
                for (int r = 1; r <= site.ordinaryRooms(); r++) {
                    placesService.createRoom(siteId, String.format("第%03d考场", r), SeatingWorkload.ROOM, false);
                }
                int[] computer = site.computerRooms();
                for (int r = 0; r < computer.length; r++) {
                    placesService.createRoom(siteId, String.format("机房%03d", r + 1), computer[r], true);
                }
            });
        }
        return cat;
    }

    private static final class Catalogue {
        long session;
        long level;
        long[] subjects;
        long[] sites;
        long[] regionOfSite;
    }

    private static long count(Connection c, String sql, long sessionId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (1, 5, 15 min load averages, /proc/loadavg)";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
