package com.baokao.itest.cluster;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.MicroServer;
import com.baokao.itest.support.OwnPostgres;
import com.baokao.itest.support.ReconciliationReport;
import com.baokao.itest.support.ReconciliationWorkload;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
        Path postBoot = db.postBoot();
        Path preBoot = MicroServer.prebootCommands();
        // both nodes read statements from one folder (a shared mount in production); a run whose heartbeat stopped
        // 10 s ago is taken over
        Path statements = Files.createDirectories(work.resolve("statements"));
        List<String> jvm = db.jvmOptions("-Dbaokao.sandbox.enabled=true", "-Dbaokao.captcha.test-answer=BKTST",
                "-Dbaokao.reconciliation.stalled-after-seconds=10", "-Dbaokao.reconciliation.dir=" + statements);
        // six different ports below the ephemeral range, named in the nodes' and the balancer's configuration
        Set<Integer> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < 6) {
            chosen.add(MicroServer.freeFixedPort());
        }
        int[] fixed = chosen.stream().mapToInt(Integer::intValue).toArray();
        int[] ports = {fixed[0], fixed[1]};
        int[] gridPorts = {fixed[2], fixed[3]};
        String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
        String cluster = "baokao-it-" + System.currentTimeMillis();
        MicroServer[] nodes = new MicroServer[2];
        Process balancer = null;
        try {
            // one after the other, as scripts/cluster.sh: the first migrates and loads the demo data
            for (int n = 0; n < 2; n++) {
                nodes[n] = startNode(work, n, ports[n], gridPorts[n], jvm, members, cluster, preBoot, postBoot);
            }
            int lbPort = fixed[4];
            Path config = work.resolve("haproxy.cfg");
            Files.writeString(config, run("bash", script("haproxy-config.sh"), String.valueOf(lbPort),
                    String.valueOf(fixed[5]), String.valueOf(ports[0]), String.valueOf(ports[1])));
            balancer = new ProcessBuilder("haproxy", "-f", config.toString(), "-db").redirectErrorStream(true)
                    .redirectOutput(work.resolve("haproxy.log").toFile()).start();
            String lb = "http://localhost:" + lbPort;
            assertThat(nodesGivenNewVisitors(lb, 2, Duration.ofSeconds(60))).containsExactlyInAnyOrder("node1", "node2");

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
                nodes[dead].kill();

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
                nodes[dead] = startNode(work.resolve("again"), dead, ports[dead], gridPorts[dead], jvm, members, cluster,
                        preBoot, postBoot);
                assertThat(nodesGivenNewVisitors(lb, 2, Duration.ofSeconds(60))).contains("node" + (dead + 1));
                assertThat(Files.readString(nodes[dead].log())).contains("DG Size: 2");

                // with both nodes live, a job due every minute ran once for the cluster, by one of them
                Instant due = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
                Thread.sleep(Duration.between(Instant.now(), due.plusSeconds(20)).toMillis());
                Set<String> live = Set.of(nodes[0].pid() + "@", nodes[1].pid() + "@");
                try (Connection c = DriverManager.getConnection(db.url(), TestDatabases.POSTGRES_USER, "");
                     PreparedStatement runs = c.prepareStatement("select node, outcome from scheduled_run"
                             + " where job_name = 'score-release-announcement' and due_at = ?")) {
                    runs.setObject(1, java.time.OffsetDateTime.ofInstant(due, java.time.ZoneOffset.UTC));
                    List<String> ran = new ArrayList<>();
                    try (ResultSet rows = runs.executeQuery()) {
                        while (rows.next()) {
                            ran.add(rows.getString(1) + " " + rows.getString(2));
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
                ReconciliationWorkload.generate(c, ORDERS, ReconciliationReport.number(c, "select id from exam_session"
                        + " where code = 'HM2026B'"), ReconciliationReport.number(c, "select r.region_id from region_rule r"
                        + " join exam_session s on s.id = r.session_id where s.code = 'HM2026B' and r.online_payment = true"), DAY);
                long lines = ReconciliationWorkload.writeStatement(c, ORDERS, DAY, statements.resolve("statement-" + DAY + ".csv"));
                try (Browser operator = new Browser(1280, 1000)) {
                    SignIns.staff(operator, BaokaoServer.at(nodes[runner].url("")), "operator", "Operate2026");
                    operator.open(nodes[runner].url("/staff/jobs.xhtml"));
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
                nodes[runner].kill();
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
                assertThat(Files.readString(nodes[survivor].log())).contains("reconciliation run " + run + " had stalled");
            }
        } finally {
            if (balancer != null) {
                balancer.destroy();
                balancer.waitFor(10, TimeUnit.SECONDS);
            }
            for (MicroServer node : nodes) {
                if (node != null) {
                    node.close();
                }
            }
            db.close();
        }
    }

    private static MicroServer startNode(Path work, int n, int port, int gridPort, List<String> jvm, String members,
                                         String cluster, Path preBoot, Path postBoot) throws IOException, InterruptedException {
        List<String> micro = new ArrayList<>(List.of(
                "--name", "node" + (n + 1), "--clusterName", cluster, "--clusterMode", "tcpip:" + members,
                "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1", "--nohostaware",
                "--addLibs", TestDatabases.deployDir().resolve("postgresql.jar").toString(),
                "--prebootcommandfile", preBoot.toString(), "--postbootcommandfile", postBoot.toString()));
        Path folder = work.resolve("node" + (n + 1));
        try {
            return MicroServer.startClusterNode(folder, port, jvm, micro, Duration.ofMinutes(2));
        } catch (IllegalStateException didNotComeUp) {
            // A node normally is up in 30-40 s. One CI run saw the second node's first start never answer in 4
            // minutes (cause not known then: its log was lost with the machine). An operator would start it again;
            // so does the test, once, and says so, the log and thread dump of the start that hung kept beside it.
            System.out.println("cluster: node" + (n + 1) + " did not come up, starting it again: " + didNotComeUp.getMessage());
            return MicroServer.startClusterNode(folder.resolveSibling(folder.getFileName() + "-again"), port, jvm, micro,
                    Duration.ofMinutes(3));
        }
    }

    /**
     * Asks the load balancer as new visitors (no cookie) until it has named {@code wanted} different nodes in its
     * stickiness cookie, or the time is up; returns the nodes seen.
     */
    private static Set<String> nodesGivenNewVisitors(String lb, int wanted, Duration within) throws Exception {
        // HTTP/1.1: the JDK's default asks plain-HTTP servers to upgrade to h2c, which HAProxy does not do
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Set<String> seen = new HashSet<>();
        String last = "no answer";
        long deadline = System.nanoTime() + within.toNanos();
        while (seen.size() < wanted && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(lb + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                last = answer.statusCode() + " " + answer.headers().allValues("Set-Cookie");
                answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("BKNODE="))
                        .map(c -> c.substring("BKNODE=".length(), c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                        .forEach(seen::add);
            } catch (IOException notYet) {
                // the balancer is starting or has no node up yet
                last = notYet.toString();
            }
            if (seen.size() < wanted) {
                Thread.sleep(300);
            }
        }
        System.out.println("load balancer: nodes " + seen + " given new visitors; last answer: " + last);
        return seen;
    }

    private static String script(String name) {
        return Path.of(System.getProperty("user.dir")).resolve("../scripts/" + name).normalize().toString();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
