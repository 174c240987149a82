package com.baokao.itest.browser;

import com.baokao.itest.support.Browser;
import com.baokao.itest.support.MicroServer;
import com.baokao.itest.support.OwnPostgres;
import com.baokao.itest.support.ReconciliationReport;
import com.baokao.itest.support.ReconciliationWorkload;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash in the middle of fee reconciliation (issue 6): Baokao on PostgreSQL (job repository included) is killed
 * with SIGKILL while the job loads a statement of 150,000 lines; started again, it finds the run whose heartbeat
 * stopped, resumes it with a new execution from what the database holds, and ends with exactly the report an
 * uninterrupted run gives (the same counts as the benchmark's): nothing loaded, applied or refunded twice, nothing
 * missed. The job is started the way an operator starts it, from the jobs page.
 */
class FeeReconciliationCrashIT {

    private static final int ORDERS = 150_000;
    private static final String DAY = "2020-06-01";

    @Test
    void aRunKilledMidLoadIsResumedAfterRestartWithTheSameReport() throws Exception {
        OwnPostgres db = OwnPostgres.create("crash");
        String url = db.url();
        Path work = db.work();
        List<String> jvm = db.jvmOptions("-Dbaokao.captcha.test-answer=BKTST",
                "-Dbaokao.reconciliation.stalled-after-seconds=5", "-Dbaokao.reconciliation.dir=" + work.resolve("statements"));
        List<String> micro = db.microOptions();
        try {
            Path statement = Files.createDirectories(work.resolve("statements")).resolve("statement-" + DAY + ".csv");
            long lines;
            long run;
            MicroServer first = MicroServer.start(work.resolve("first"), jvm, micro);
            try {
                try (Connection c = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
                    ReconciliationWorkload.generate(c, ORDERS, ReconciliationReport.number(c, "select id from exam_session where code = 'HM2026B'"),
                            ReconciliationReport.number(c, "select r.region_id from region_rule r join exam_session s on s.id = r.session_id"
                                    + " where s.code = 'HM2026B' and r.online_payment = true"), DAY);
                    lines = ReconciliationWorkload.writeStatement(c, ORDERS, DAY, statement);
                }
                try (Browser browser = new Browser(1280, 1000)) {
                    SignIns.staff(browser, serverOf(first), "operator", "Operate2026");
                    browser.open(first.url("/staff/jobs.xhtml"));
                    browser.setDate("[id='jobsForm:day']", DAY);
                    browser.type("jobsForm:file", statement.getFileName().toString());
                    browser.clickAjax("jobsForm:startReconciliation");
                    browser.waitForText("已启动作业执行");
                }
                try (Connection c = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
                    run = ReconciliationReport.number(c, "select max(id) from reconciliation_run");
                    // kill -9 once a few chunks of the load are in
                    awaitAtLeast(c, "select count(*) from statement_line where run_id = " + run, 15_000, Duration.ofMinutes(2));
                    first.kill();
                    long loadedAtCrash = ReconciliationReport.number(c, "select count(*) from statement_line where run_id = " + run);
                    assertThat(loadedAtCrash).as("killed mid-load").isBetween(15_000L, lines - 1);
                    assertThat(ReconciliationReport.text(c, "select status from reconciliation_run where id = " + run)).isEqualTo("LOADING");
                }
            } finally {
                first.close(); // after the kill, nothing left to stop; after a failure, not left running
            }

            try (MicroServer second = MicroServer.start(work.resolve("second"), jvm, micro);
                 Connection c = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
                awaitAtLeast(c, "select count(*) from reconciliation_run where status = 'DONE' and id = " + run, 1,
                        Duration.ofMinutes(4));
                ReconciliationReport.assertAsIfUninterrupted(c, run, ORDERS, lines);
                assertThat(second.log()).exists();
            }
        } finally {
            db.close();
        }
    }

    /** The sign-in steps take a server; this one is not the shared browser-test server. */
    private static com.baokao.itest.support.BaokaoServer serverOf(MicroServer micro) {
        return com.baokao.itest.support.BaokaoServer.at(micro.url(""));
    }

    private static void awaitAtLeast(Connection c, String countSql, long atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ReconciliationReport.number(c, countSql) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in " + timeout + ": " + countSql + " >= " + atLeast);
            }
            Thread.sleep(20);
        }
    }
}
