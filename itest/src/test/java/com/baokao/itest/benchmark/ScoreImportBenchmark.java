package com.baokao.itest.benchmark;

import com.baokao.batch.BatchJobs;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.itest.incontainer.AsAdmin;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Database;
import com.baokao.score.ScoreFiles;
import com.baokao.score.ScoreImportReports;
import com.baokao.score.ScoreImportRuns;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.ejb.EJB;
import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 17's benchmark: job {@code score-import} on a result file of a million lines (target: 60 s on PostgreSQL),
 * then the same file again (all unchanged). Not part of the test suite; run by {@code scripts/benchmark-scores.sh}
 * ({@code mvn -Pbenchmark}). The seated candidates are written set-based ({@code generate_series}); one line in
 * 10,000 names an unknown ticket and one in 10,000 has an unreadable score, so both skip paths are timed too.
 */
@ExtendWith(ArquillianExtension.class)
class ScoreImportBenchmark {

    private static final long BASE = 800_000_000_000L;

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("baokao.it.deploy.dir"), "baokao.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(ScoreImportBenchmark.class,
                AsAdmin.class, AsAdmin.ThrowingRunnable.class);
    }

    @EJB
    AsAdmin admin;

    @EJB
    PlacesService places;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    ScoreImportRuns runs;

    @EJB
    ScoreImportReports reports;

    @EJB
    BatchJobs jobs;

    @Test
    void importsAMillionScores() throws Exception {
        int rows = Integer.getInteger("baokao.benchmark.rows", 1_000_000);
        int candidates = rows / 2;
        long[] ids = catalogue();
        long session = ids[0];
        long region = ids[1];
        long site = ids[2];
        long room = ids[3];
        long level = ids[4];
        long theory = ids[5];
        long skill = ids[6];
        long started = System.nanoTime();
        try (Connection c = ((DataSource) new InitialContext().lookup(Database.DATASOURCE)).getConnection();
             Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            String series = " from generate_series(1::bigint, " + candidates + "::bigint) g";
            s.execute("insert into account (id, role, id_type, id_number, full_name, sex, birth_date, phone, email,"
                    + " password_hash, created_at, version) select " + BASE + " + g, 'CANDIDATE', 'RESIDENT_ID',"
                    + " '320102199' || lpad(cast(g as varchar(9)), 9, '0'), '考生' || g, 'FEMALE', date '1990-01-01',"
                    + " '13900000000', 'b' || g || '@example.com', 'x', now(), 1" + series);
            s.execute("insert into application (id, account_id, session_id, status, region_id, site_id, level_id,"
                    + " serial_number, first_submitted_at, submitted_at, changed_at, version) select " + BASE + " + g, "
                    + BASE + " + g, " + session + ", 'PAID', " + region + ", " + site + ", " + level + ", g, now(), now(),"
                    + " now(), 1" + series);
            s.execute("insert into admission_ticket (application_id, session_id, region_id, sequence_no, ticket_number,"
                    + " issue_version, issued_at) select " + BASE + " + g, " + session + ", " + region + ", g,"
                    + " 'SB-50-' || lpad(cast(g as varchar(8)), 8, '0'), 1, now()" + series);
            int subject = 0;
            for (long subjectId : new long[] {theory, skill}) {
                s.execute("insert into application_subject (id, application_id, subject_id, carried_over) select "
                        + (BASE + (subject + 1L) * 10_000_000L) + " + g, " + BASE + " + g, " + subjectId + ", false" + series);
                s.execute("insert into seat_assignment (application_id, subject_id, session_id, site_id, room_id,"
                        + " seat_number, sitting, starts_at, duration_minutes, assigned_at) select " + BASE + " + g, "
                        + subjectId + ", " + session + ", " + site + ", " + room + ", cast(g as integer), 1, now() + interval '"
                        + subject + " hours', 90, now()" + series);
                subject++;
            }
            s.execute("analyze");
        }
        double generated = (System.nanoTime() - started) / 1e9;

        Path file = Files.createDirectories(Path.of("target", "benchmark")).resolve("scores.csv");
        started = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("准考证号,身份证号,科目代码,成绩,是否合格\n");
            for (long g = 1; g <= candidates; g++) {
                String ticket = g % 10_000 == 1 ? "SB-50-X" + g : String.format("SB-50-%08d", g);
                String id = String.format("320102199%09d", g);
                for (String code : List.of("T", "S")) {
                    long score = (g * 37 + code.charAt(0)) % 101;
                    String shown = g % 10_000 == 2 && code.equals("T") ? "缺考" : String.valueOf(score);
                    out.write(ticket + "," + id + "," + code + "," + shown + "," + (score >= 60 ? "合格" : "不合格") + "\n");
                }
            }
        }
        double written = (System.nanoTime() - started) / 1e9;

        StringBuilder report = new StringBuilder(String.format("%nscore-import benchmark (PostgreSQL): %,d lines, %,d"
                + " seated candidates in two subjects%n  data generated in %.1f s, file written in %.1f s (not part of"
                + " the job)%n", (long) candidates * 2, candidates, generated, written));
        long skippedEach = candidates / 10_000 * 3;
        ScoreImportReports.RunRow first = importOnce("first import", file, report);
        assertEquals((long) candidates * 2 - skippedEach, first.inserted());
        assertEquals(skippedEach, first.skipped());
        ScoreImportReports.RunRow again = importOnce("same file again", file, report);
        assertEquals((long) candidates * 2 - skippedEach, again.unchanged());
        assertEquals(0L, again.inserted());
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark", "score-import.txt"), report.toString());
    }

    private ScoreImportReports.RunRow importOnce(String what, Path file, StringBuilder report) throws Exception {
        long started = System.nanoTime();
        ScoreFiles.Prepared prepared = ScoreFiles.prepare(file);
        long runId = runs.open(prepared.csv().toAbsolutePath().toString(), "scores.csv", "benchmark");
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        long execution = jobs.start(BatchJobs.SCORE_IMPORT, parameters);
        BatchStatus status = jobs.status(execution);
        while (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            Thread.sleep(200);
            status = jobs.status(execution);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(BatchStatus.COMPLETED, status, jobs.exitStatus(execution));
        ScoreImportReports.RunRow row = admin.call(() -> reports.run(runId));
        report.append(String.format("  %s: %.1f s wall-clock (file check included), execution %d%n", what, seconds,
                execution));
        for (BatchJobs.StepRow step : jobs.steps(execution)) {
            report.append(String.format("    step %-6s %6.1f s  read %,d  written %,d  skipped %,d  commits %,d%n",
                    step.step(), Duration.between(step.startedAt(), step.endedAt()).toMillis() / 1000.0,
                    step.metric(Metric.MetricType.READ_COUNT), step.metric(Metric.MetricType.WRITE_COUNT), step.skips(),
                    step.metric(Metric.MetricType.COMMIT_COUNT)));
        }
        report.append(String.format("    inserted %,d  updated %,d  unchanged %,d  skipped %,d%n", row.inserted(),
                row.updated(), row.unchanged(), row.skipped()));
        return row;
    }

    /** Session, region, site, room, level, subjects T and S, through the catalogue service. */
    private long[] catalogue() throws Exception {
        LocalDateTime opens = LocalDateTime.now(BusinessTime.ZONE).minusDays(90);
        SessionForm form = new SessionForm("SB", "成绩导入基准", "成绩基准职业", opens, opens.plusDays(10), opens.plusDays(12),
                opens.plusDays(14), opens.plusDays(16), opens.plusDays(30), opens.plusDays(37), opens.plusDays(60),
                false, 2, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true);
        return admin.call(() -> {
            long region = places.createRegion("SB", "基准区", null);
            long site = places.createSite(region, "SB1", "基准考点", "基准路 1 号", false);
            long room = places.createRoom(site, "第 1 考场", 30, false);
            long session = sessionTree.createSession(form);
            long level = sessionTree.addLevel(session, "4", "四级");
            long theory = sessionTree.addSubject(level, null, "T", "理论知识", opens.plusDays(40), 90, false, 9000);
            long skill = sessionTree.addSubject(level, null, "S", "技能操作", opens.plusDays(40).plusHours(5), 120, false, 9000);
            sessionTree.setRegionRule(session, region, 1, false, ConfirmationMode.ONLINE, true);
            return new long[] {session, region, site, room, level, theory, skill};
        });
    }
}
