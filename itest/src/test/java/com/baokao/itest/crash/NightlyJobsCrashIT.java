package com.baokao.itest.crash;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.JobsPageRows;
import com.baokao.itest.support.MicroServer;
import com.baokao.itest.support.OwnPostgres;
import com.baokao.itest.support.ReconciliationReport;
import com.baokao.itest.support.ReconciliationWorkload;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.baokao.itest.support.ReconciliationReport.number;
import static com.baokao.itest.support.ReconciliationReport.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes in the middle of the nightly jobs (issues 6 and 19), on one PostgreSQL database, one after the other, each
 * ending with the result of an uninterrupted run:
 * <ol>
 * <li>Fee reconciliation and seat assignment at once. Baokao is killed with SIGKILL while job
 * {@code fee-reconciliation} loads a statement of 120,000 lines and job {@code admission-tickets} stores the seats of
 * 20,000 paid candidates of one exam site (about 15,000 seats for them). Started again, Baokao finds the
 * reconciliation whose heartbeat stopped and resumes it by itself, with exactly the report of an uninterrupted run;
 * the operator runs the seating again from the jobs page (the dead execution has written nothing for
 * {@code baokao.seating.stalled-after-seconds}, so it no longer counts as running), and the new run keeps every seat
 * stored before the crash where it was: one ticket per candidate numbered 1..N, every seat filled once, the first in
 * registration order seated and the rest listed as unseated, one sign-in sheet per room listing exactly its seats.</li>
 * <li>Score import. The exam centre's file of 400,000 lines for these tickets (each (ticket, subject) twenty times) is
 * imported from the jobs page and the server killed in the middle of loading it; started again, Baokao resumes the
 * run by itself and reports what an uninterrupted import reports: every line loaded once, one score per seated
 * candidate, every other line skipped.</li>
 * </ol>
 */
class NightlyJobsCrashIT {

    private static final int CANDIDATES = 20_000;
    /** The reconciliation's orders and day (ReconciliationWorkload). */
    private static final int ORDERS = 120_000;
    private static final String DAY = "2020-06-01";
    private static final int ADDED_ROOMS = 15;
    private static final int ROOM_SEATS = 1_000;
    private static final String SESSION = "LOADPAY";
    /** The result file repeats each (ticket, subject) line this many times: long enough to be killed mid-load. */
    private static final int COPIES = 20;

    @Test
    void nightlyJobsKilledMidWayEndAsUninterruptedRunsAfterTheRestart() throws Exception {
        OwnPostgres db = OwnPostgres.create("nightly");
        Path statements = Files.createDirectories(db.work().resolve("statements"));
        List<String> jvm = db.jvmOptions("-Dbaokao.captcha.test-answer=" + BaokaoServer.CAPTCHA_ANSWER,
                "-Dbaokao.demo.load-candidates=" + CANDIDATES, "-Dbaokao.seating.stalled-after-seconds=5",
                // 10 candidates a chunk: the seats of 20,000 would otherwise be stored in about a second, too fast to
                // be caught in the middle
                "-Dbaokao.seating.chunk-size=10",
                "-Dbaokao.scores.dir=" + Files.createDirectories(db.work().resolve("scores")),
                "-Dbaokao.scores.stalled-after-seconds=5",
                "-Dbaokao.reconciliation.dir=" + statements, "-Dbaokao.reconciliation.stalled-after-seconds=5",
                // a restarted server looks for interrupted runs 8 s after start-up, not 20-30 s
                "-Dbaokao.schedule.catch-up-after-seconds=8");
        try (Connection c = DriverManager.getConnection(db.url(), TestDatabases.POSTGRES_USER, "")) {
            long session;
            long site;
            long pairs;
            long capacity;
            long reconciliation;
            long statementLines;
            Map<String, String> seatedAtCrash = new HashMap<>();
            MicroServer first = MicroServer.start(db.work().resolve("first"), jvm, db.microOptions());
            try {
                // the demo's load crowd (approved LOADPAY applications at CQ01) have paid; the site gets 15 large computer rooms
                session = number(c, "select id from exam_session where code = '" + SESSION + "'");
                site = number(c, "select id from exam_site where code = 'CQ01'");
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("update application set status = 'PAID' where session_id = " + session);
                    s.executeUpdate("insert into room (id, site_id, name, capacity, computer_room, version)"
                            + " select 990000 + r, " + site + ", '压测考场' || r, " + ROOM_SEATS + ", true, 1"
                            + " from generate_series(1, " + ADDED_ROOMS + ") r");
                }
                pairs = number(c, "select count(*) from application_subject su join application a on a.id = su.application_id"
                        + " where a.session_id = " + session);
                assertThat(pairs).isEqualTo(CANDIDATES);
                // every computer room of the site (the subject is computer-based), once per sitting
                capacity = number(c, "select sum(capacity) from room where computer_room and site_id = " + site)
                        * (1 + number(c, "select count(*) from subject_sitting t join subject su on su.id = t.subject_id"
                        + " join exam_level l on l.id = su.level_id where l.session_id = " + session));
                assertThat(capacity).as("more candidates than seats").isLessThan(pairs);

                ReconciliationWorkload.generate(c, ORDERS, number(c, "select id from exam_session where code = 'HM2026B'"),
                        number(c, "select r.region_id from region_rule r join exam_session s on s.id = r.session_id"
                                + " where s.code = 'HM2026B' and r.online_payment = true"), DAY);
                statementLines = ReconciliationWorkload.writeStatement(c, ORDERS, DAY, statements.resolve("statement-" + DAY + ".csv"));

                // the operator starts the seating, and the day's reconciliation while the seats are stored (the statement
                // loads much faster than the seats: started second, it is caught mid-load with the seating)
                try (Browser operator = new Browser(1280, 1000)) {
                    SignIns.staff(operator, BaokaoServer.at(first.url("")), "operator", "Operate2026");
                    startSeating(operator, first);
                    awaitAtLeast(c, "select count(*) from seat_assignment where session_id = " + session, 1_000);
                    operator.open(first.url("/staff/jobs.xhtml"));
                    operator.setDate("[id='jobsForm:day']", DAY);
                    operator.type("jobsForm:file", "statement-" + DAY + ".csv");
                    operator.clickAjax("jobsForm:startReconciliation");
                    operator.waitForText("已启动作业执行");
                    reconciliation = number(c, "select max(id) from reconciliation_run");
                }
                // kill -9 once the statement is well under way
                awaitAtLeast(c, "select count(*) from statement_line where run_id = " + reconciliation, 15_000);
                first.kill();
            } finally {
                first.close();
            }
            long linesAtCrash = number(c, "select count(*) from statement_line where run_id = " + reconciliation);
            try (Statement s = c.createStatement();
                 ResultSet seats = s.executeQuery("select application_id, room_id, seat_number, starts_at from seat_assignment"
                         + " where session_id = " + session)) {
                while (seats.next()) {
                    seatedAtCrash.put(seats.getString(1), seats.getString(2) + "/" + seats.getString(3) + "/" + seats.getString(4));
                }
            }
            System.out.printf("nightly jobs: killed with %,d of %,d seats and %,d of %,d statement lines stored%n",
                    seatedAtCrash.size(), capacity, linesAtCrash, statementLines);
            assertThat((long) seatedAtCrash.size()).as("seating killed mid-way").isBetween(1_000L, capacity - 1);
            assertThat(linesAtCrash).as("reconciliation killed mid-load").isBetween(15_000L, statementLines - 1);
            assertThat(text(c, "select status from reconciliation_run where id = " + reconciliation)).isEqualTo("LOADING");

            MicroServer second = MicroServer.start(db.work().resolve("second"), jvm, db.microOptions());
            long scoreRun;
            long lines;
            try (Browser operator = new Browser(1280, 1000)) {
                Thread.sleep(5_000); // the dead execution's last write is older than stalled-after-seconds
                SignIns.staff(operator, BaokaoServer.at(second.url("")), "operator", "Operate2026");
                String execution = startSeating(operator, second);
                JobsPageRows.awaitStatus(operator, second.url("/staff/jobs.xhtml"), execution, "COMPLETED", Duration.ofMinutes(5));
                operator.screenshot("nightly-crash-seating-completed-after-restart");
                assertSeatedAsIfUninterrupted(c, session, pairs, capacity, seatedAtCrash);
                // the reconciliation was resumed by the restarted server itself
                long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
                while (!"DONE".equals(text(c, "select status from reconciliation_run where id = " + reconciliation))) {
                    assertThat(System.nanoTime()).as("reconciliation resumed and done within 4 minutes").isLessThan(deadline);
                    Thread.sleep(500);
                }
                ReconciliationReport.assertAsIfUninterrupted(c, reconciliation, ORDERS, statementLines);

                // the exam centre's result file, imported by name from the jobs page; kill -9 mid-load
                lines = writeResultFile(c, session, db.work().resolve("scores").resolve("results.csv"));
                operator.type("jobsForm:scoreFile", "results.csv");
                operator.clickAjax("jobsForm:startScoreImport");
                operator.waitForText("已启动作业执行");
                scoreRun = number(c, "select max(id) from score_import_run");
                awaitAtLeast(c, "select loaded_through from score_import_run where id = " + scoreRun, 40_000);
                second.kill();
            } finally {
                second.close();
            }
            long loadedAtCrash = number(c, "select count(*) from score_import_line where run_id = " + scoreRun);
            System.out.printf("scores: killed with %,d of %,d lines loaded%n", loadedAtCrash, lines);
            assertThat(loadedAtCrash).as("killed mid-load").isBetween(40_000L, lines - 1);
            assertThat(text(c, "select status from score_import_run where id = " + scoreRun)).isEqualTo("LOADING");

            // started again, Baokao resumes the import by itself (every minute it looks for stalled runs)
            try (MicroServer third = MicroServer.start(db.work().resolve("third"), jvm, db.microOptions())) {
                long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
                while (!"APPLIED".equals(text(c, "select status from score_import_run where id = " + scoreRun))) {
                    assertThat(System.nanoTime()).as("score import resumed and applied within 4 minutes").isLessThan(deadline);
                    Thread.sleep(500);
                }
                assertThat(Files.readString(third.log())).contains("score import run " + scoreRun + " had stalled");
            }
            // as an uninterrupted import: each line loaded once, a score for every seated candidate, the rest skipped
            assertThat(number(c, "select count(*) from score_import_line where run_id = " + scoreRun)).isEqualTo(lines);
            assertThat(number(c, "select total_lines from score_import_run where id = " + scoreRun)).isEqualTo(lines);
            assertThat(number(c, "select inserted from score_import_run where id = " + scoreRun)).isEqualTo(capacity);
            assertThat(number(c, "select updated + unchanged from score_import_run where id = " + scoreRun)).isZero();
            assertThat(number(c, "select skipped from score_import_run where id = " + scoreRun)).isEqualTo(lines - capacity);
            assertThat(number(c, "select count(*) from score_record r join application a on a.id = r.application_id"
                    + " where a.session_id = " + session)).isEqualTo(capacity);
        } finally {
            db.close();
        }
    }

    private static void assertSeatedAsIfUninterrupted(Connection c, long session, long pairs, long capacity,
                                                      Map<String, String> seatedAtCrash) throws Exception {
            // one ticket per candidate, numbered 1..N once each
            assertThat(number(c, "select count(*) from admission_ticket where session_id = " + session)).isEqualTo(CANDIDATES);
            assertThat(number(c, "select count(distinct sequence_no) from admission_ticket where session_id = " + session
                    + " and sequence_no between 1 and " + CANDIDATES)).isEqualTo(CANDIDATES);
            // every seat filled once (the table's keys: one seat per candidate, one candidate per seat), nobody moved
            assertThat(number(c, "select count(*) from seat_assignment where session_id = " + session)).isEqualTo(capacity);
            try (Statement s = c.createStatement();
                 ResultSet seats = s.executeQuery("select application_id, room_id, seat_number, starts_at from seat_assignment"
                         + " where session_id = " + session)) {
                Map<String, String> now = new HashMap<>();
                while (seats.next()) {
                    now.put(seats.getString(1), seats.getString(2) + "/" + seats.getString(3) + "/" + seats.getString(4));
                }
                assertThat(now).as("the seats stored before the crash, where they were").containsAllEntriesOf(seatedAtCrash);
            }
            // the rest listed once, for want of seats, and the seated are the first in registration order
            assertThat(number(c, "select count(*) from unseated_candidate where session_id = " + session
                    + " and reason = 'ALL_SITTINGS_FULL'")).isEqualTo(pairs - capacity);
            assertThat(number(c, "select count(*) from unseated_candidate where session_id = " + session)).isEqualTo(pairs - capacity);
            assertThat(number(c, "select max(a.serial_number) from seat_assignment t join application a on a.id = t.application_id"
                    + " where t.session_id = " + session))
                    .isLessThan(number(c, "select min(serial_number) from unseated_candidate where session_id = " + session));
            // one sign-in sheet per room and sitting in use, listing exactly its seats
            assertThat(number(c, "select count(*) from sign_in_sheet where session_id = " + session)).isEqualTo(
                    number(c, "select count(*) from (select distinct room_id, starts_at from seat_assignment where session_id = "
                            + session + ") used"));
            assertThat(number(c, "select count(*) from sign_in_sheet h where h.session_id = " + session + " and h.seat_count <>"
                    + " (select count(*) from seat_assignment t where t.session_id = h.session_id and t.room_id = h.room_id"
                    + " and t.starts_at = h.starts_at)")).isZero();
            assertThat(text(c, "select min(length(pdf)) > 1000 from sign_in_sheet where session_id = " + session)).isEqualTo("t");
    }

    /**
     * The centre's result file in the format ScoresIT uploads: one line per ticket holder and subject, the whole list
     * {@link #COPIES} times over (a later copy of a line is skipped as a repeat); returns the number of lines.
     */
    private static long writeResultFile(Connection c, long session, Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet holders = s.executeQuery("select t.ticket_number, u.id_number, sub.code from admission_ticket t"
                     + " join application a on a.id = t.application_id join account u on u.id = a.account_id"
                     + " join application_subject x on x.application_id = a.id join subject sub on sub.id = x.subject_id"
                     + " where t.session_id = " + session + " order by t.sequence_no")) {
            while (holders.next()) {
                int score = 40 + rows.size() % 60;
                rows.add(holders.getString(1) + "," + holders.getString(2) + "," + holders.getString(3) + "," + score + ","
                        + (score >= 60 ? "合格" : "不合格"));
            }
        }
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("准考证号,身份证号,科目代码,成绩,是否合格\n");
            for (int copy = 0; copy < COPIES; copy++) {
                for (String row : rows) {
                    out.write(row);
                    out.write('\n');
                    lines++;
                }
            }
        }
        return lines;
    }

    private static void awaitAtLeast(Connection c, String countSql, long atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (number(c, countSql) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 3 minutes: " + countSql + " >= " + atLeast);
            }
            Thread.sleep(10);
        }
    }

    /** The signed-in operator starts admission-tickets for the session from the jobs page; returns the execution's number. */
    private static String startSeating(Browser operator, MicroServer server) throws Exception {
        operator.open(server.url("/staff/jobs.xhtml"));
        operator.selectOne("jobsForm:seatingSession", SESSION + " 压力测试：缴费");
        operator.clickAjax("jobsForm:startAdmissionTickets");
        operator.waitForText("已启动作业执行");
        java.util.regex.Matcher started = java.util.regex.Pattern.compile("已启动作业执行\\s*(\\d+)").matcher(operator.text());
        assertThat(started.find()).as(operator.text()).isTrue();
        return started.group(1);
    }
}
