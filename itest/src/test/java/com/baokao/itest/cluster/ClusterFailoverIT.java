package com.baokao.itest.cluster;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.OwnPostgres;
import com.baokao.itest.support.ReconciliationReport;
import com.baokao.itest.support.ReconciliationWorkload;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestDatabases;
import com.baokao.itest.support.TwoNodeCluster;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Payara Micro nodes of Baokao in one data grid on this machine, one PostgreSQL database, HAProxy in front with
 * the project's configuration (scripts/haproxy-config.sh), as scripts/cluster.sh runs them (issue 19). A candidate
 * signs in through the load balancer and starts an application draft; the node that served her is killed with
 * SIGKILL in the middle of filling it in; her next click goes to the other node, which finds her session (signed in)
 * and the page's view in the replicated session, and saves the draft without an error. The killed node then starts
 * again, rejoins, and the load balancer gives it new visitors; with both live, a job due every minute runs once for
 * the cluster, by one of them. Last, the node running a fee reconciliation is killed in the middle of loading the
 * statement: the other node finds the run whose heartbeat stopped and takes it over, and the run ends exactly as an
 * uninterrupted one.
 */
class ClusterFailoverIT {

    /** The demo candidate 李娜 (README). */
    private static final String CANDIDATE = "500106199208150028";
    /** The reconciliation taken over: its orders and day (ReconciliationWorkload). */
    private static final int ORDERS = 40_000;
    private static final String DAY = "2020-06-01";

    @Test
    void aCandidateKeepsHerSessionAndHerDraftWhenHerNodeDies() throws Exception {
        OwnPostgres db = OwnPostgres.create("cluster");
        Path work = db.work();
        // both nodes read statements from one folder (a shared mount in production); a run whose heartbeat stopped
        // 10 s ago is taken over
        Path statements = Files.createDirectories(work.resolve("statements"));
        List<String> jvm = db.jvmOptions("-Dbaokao.sandbox.enabled=true", "-Dbaokao.captcha.test-answer=BKTST",
                "-Dbaokao.reconciliation.stalled-after-seconds=10", "-Dbaokao.reconciliation.dir=" + statements);
        // one after the other, as scripts/cluster.sh: the first migrates and loads the demo data
        try (TwoNodeCluster cluster = TwoNodeCluster.start(work, jvm, db.postBoot())) {
            String lb = cluster.url("");
            long lines;
            BaokaoServer server = BaokaoServer.at(lb);
            try (Browser browser = new Browser(1280, 1000)) {
                SignIns.candidate(browser, server, CANDIDATE, "Exam2026");
                browser.open(server.url("/index.xhtml"));
                // SE2026: open for registration and no approved profile required (demo catalogue)
                browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("#exam-SE2026 a[id$='apply']")).getAttribute("id"));
                browser.tick("applyForm:pledge");
                browser.selectOne("applyForm:region", "重庆市");
                browser.clickAndWaitForPage("applyForm:start");
                assertThat(browser.currentPath()).as(browser.text()).isEqualTo("/candidate/application.xhtml");
                for (String menu : List.of("reviewPoint", "site", "level", "specialty")) {
                    browser.selectFirstOption("applicationForm:" + menu);
                }

                Cookie served = browser.driver().manage().getCookieNamed("BKNODE");
                assertThat(served).as("the load balancer's stickiness cookie").isNotNull();
                int dead = served.getValue().equals("node1") ? 0 : 1;
                cluster.node(dead).kill();

                // her next click reaches the other node: still signed in, the page's view found, the draft saved
                browser.clickAndWaitForPage("applicationForm:saveDraft");
                assertThat(browser.currentPath()).as(browser.text()).isEqualTo("/candidate/application.xhtml");
                browser.waitForText("草稿已保存");
                assertThat(browser.text()).contains("安全生产法律法规").contains("化工安全");
                browser.screenshot("cluster-01-draft-saved-on-the-other-node");
                assertThat(browser.driver().manage().getCookieNamed("BKNODE").getValue())
                        .isEqualTo(dead == 0 ? "node2" : "node1");
                browser.open(server.url("/candidate/home.xhtml"));
                assertThat(browser.currentPath()).isEqualTo("/candidate/home.xhtml");
                assertThat(browser.text()).contains("注册安全工程师").contains("草稿");

                // the killed node comes back, rejoins the grid, and is given new visitors again
                cluster.restart(dead, work.resolve("again"));
                assertThat(cluster.nodesGivenNewVisitors(2, Duration.ofSeconds(60))).contains("node" + (dead + 1));
                assertThat(Files.readString(cluster.node(dead).log())).contains("DG Size: 2");

                // with both nodes live, a job due every minute ran once for the cluster, by one of them
                Instant due = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
                // meanwhile, the statement of the takeover below (the wait is for the clock, not for the work)
                try (Connection c = DriverManager.getConnection(db.url(), TestDatabases.POSTGRES_USER, "")) {
                    ReconciliationWorkload.generate(c, ORDERS, ReconciliationReport.number(c, "select id from exam_session"
                            + " where code = 'HM2026B'"), ReconciliationReport.number(c, "select r.region_id from region_rule r"
                            + " join exam_session s on s.id = r.session_id where s.code = 'HM2026B' and r.online_payment = true"), DAY);
                    lines = ReconciliationWorkload.writeStatement(c, ORDERS, DAY, statements.resolve("statement-" + DAY + ".csv"));
                }
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
                Set<String> live = Set.of(cluster.node(0).pid() + "@", cluster.node(1).pid() + "@");
                try (Connection c = DriverManager.getConnection(db.url(), TestDatabases.POSTGRES_USER, "");
                     PreparedStatement runs = c.prepareStatement("select node, outcome from scheduled_run"
                             + " where job_name = 'score-release-announcement' and due_at = ?")) {
                    runs.setObject(1, java.time.OffsetDateTime.ofInstant(due, java.time.ZoneOffset.UTC));
                    // both nodes tick at the minute; the one that wins the due time's row runs it and records DONE
                    List<String> ran = new ArrayList<>();
                    while (Instant.now().isBefore(due.plusSeconds(40))
                            && (ran.isEmpty() || ran.stream().anyMatch(r -> !r.endsWith("DONE")))) {
                        Thread.sleep(250);
                        ran.clear();
                        try (ResultSet rows = runs.executeQuery()) {
                            while (rows.next()) {
                                ran.add(rows.getString(1) + " " + rows.getString(2));
                            }
                        }
                    }
                    assertThat(ran).as("runs due at " + due).hasSize(1);
                    assertThat(live).as(ran.get(0)).anyMatch(pid -> ran.get(0).startsWith(pid));
                    assertThat(ran.get(0)).endsWith("DONE");
                }
            }

            // a job whose node dies mid-run is taken over by the other
            int runner = 0;
            int survivor = 1;
            try (Connection c = DriverManager.getConnection(db.url(), TestDatabases.POSTGRES_USER, "")) {
                try (Browser operator = new Browser(1280, 1000)) {
                    SignIns.staff(operator, BaokaoServer.at(cluster.node(runner).url("")), "operator", "Operate2026");
                    operator.open(cluster.node(runner).url("/staff/jobs.xhtml"));
                    operator.setDate("[id='jobsForm:day']", DAY);
                    operator.type("jobsForm:file", "statement-" + DAY + ".csv");
                    operator.clickAjax("jobsForm:startReconciliation");
                    operator.waitForText("已启动作业执行");
                }
                long run = ReconciliationReport.number(c, "select max(id) from reconciliation_run");
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (ReconciliationReport.number(c, "select count(*) from statement_line where run_id = " + run) < 8_000) {
                    assertThat(System.nanoTime()).as("8,000 lines loaded within 2 minutes").isLessThan(deadline);
                    Thread.sleep(20);
                }
                cluster.node(runner).kill();
                long loadedAtKill = ReconciliationReport.number(c, "select count(*) from statement_line where run_id = " + run);
                assertThat(loadedAtKill).as("killed mid-load").isLessThan(lines - ORDERS / 10_000);
                Instant killed = Instant.now();
                deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
                while (!"DONE".equals(ReconciliationReport.text(c, "select status from reconciliation_run where id = " + run))) {
                    assertThat(System.nanoTime()).as("run " + run + " taken over and done within 4 minutes").isLessThan(deadline);
                    Thread.sleep(500);
                }
                System.out.printf("cluster: reconciliation run %d killed with %,d of %,d lines loaded; done by the other node"
                        + " %d s later%n", run, loadedAtKill, lines, Duration.between(killed, Instant.now()).toSeconds());
                ReconciliationReport.assertAsIfUninterrupted(c, run, ORDERS, lines);
                assertThat(Files.readString(cluster.node(survivor).log())).contains("reconciliation run " + run + " had stalled");
            }
        } finally {
            db.close();
        }
    }
}
