package com.baokao.itest.crash;

import com.baokao.demo.DemoLoadData;
import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.MicroServer;
import com.baokao.itest.support.OwnPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.baokao.payment.PaymentSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Baokao depends on fails under it (issue 19), on one Baokao server with a PostgreSQL server of the test's own.
 * <p>
 * The payment provider slow, then down: a candidate's "pay" answers within a few seconds with "try again later",
 * then at once once the circuit breaker has opened, while the rest of Baokao answers as fast as before; when the
 * provider is back, payments go through again by themselves.
 * <p>
 * PostgreSQL restarted under load: Baokao answers four phone
 * clients that list their applications and a load balancer that asks /health/ready, while the database is stopped
 * and, a while later, started again. While it is away every answer comes quickly and says so in a sentence (a 503
 * problem with Retry-After, readiness DOWN, a signed-in candidate's page a sentence saying so), never a 500 or a hang; once it is back, Baokao recovers by itself, without
 * a restart, and from its first good answer on the pool hands out no dead connection: every later answer is good.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DependencyFaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 4;
    /** Candidates who pay while the provider misbehaves (after the clients' candidates). */
    private static final int PAYERS = 10;
    private static OwnPostgres db;
    private static MicroServer server;
    private static SubmissionCrashIT.Api api;
    /** However the database is doing, an answer within this (the phone client's own timeout is longer). */
    private static final long SLOWEST_ANSWER_MILLIS = 15_000;

    /** One answer as the client saw it, on the test's clock. */
    record Answer(String what, long sentAt, long tookMillis, int status, String body) {

        long receivedAt() {
            return sentAt + tookMillis;
        }
    }

    @BeforeAll
    static void startBaokao() throws Exception {
        db = OwnPostgres.onOwnServer("faults");
        List<String> jvm = db.jvmOptions("-Dbaokao.sandbox.enabled=true", "-Dbaokao.payment.key=" + BaokaoServer.PAYMENT_KEY,
                "-Dbaokao.demo.load-candidates=" + (CLIENTS + PAYERS));
        server = MicroServer.start(db.work().resolve("server"), jvm, db.microOptions());
        api = new SubmissionCrashIT.Api(server.url(""));
    }

    @AfterAll
    static void stopBaokao() throws Exception {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void aSlowThenAbsentPaymentProviderNeverHoldsBaokaoUpAndPaymentsGoThroughWhenItIsBack() throws Exception {
        String watcher = api.token(DemoLoadData.idNumber(0));
        List<String[]> payers = new ArrayList<>(); // token, application id
        for (int n = CLIENTS; n < CLIENTS + PAYERS; n++) {
            String token = api.token(DemoLoadData.idNumber(n));
            for (JsonNode a : JSON.readTree(api.call("GET", "/api/v1/applications", token, null, Map.of()).body())) {
                if (DemoLoadData.PAY_SESSION.equals(a.get("examCode").asText())) {
                    payers.add(new String[] {token, a.get("id").asText()});
                }
            }
        }
        assertThat(payers).hasSize(PAYERS);

        // the provider takes 20 s for every order: each "pay" gives up after a few seconds, and once the breaker has
        // seen enough of them it stops asking, so the later ones answer at once
        assertThat(providerFaults("SLOW", 1_000, 20_000)).isEqualTo(200);
        ConcurrentLinkedQueue<Answer> others = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService watching = Executors.newSingleThreadExecutor();
        watching.submit(() -> keepAsking(api, "/api/v1/applications", watcher, running, others));
        List<Answer> pays = new ArrayList<>();
        try {
            for (String[] payer : payers) {
                long sent = System.currentTimeMillis();
                HttpResponse<String> pay = api.call("POST", "/api/v1/applications/" + payer[1] + "/payment-order", payer[0],
                        null, Map.of("Accept-Language", "zh-CN"));
                pays.add(new Answer("pay", sent, System.currentTimeMillis() - sent, pay.statusCode(), pay.body()));
            }
        } finally {
            running.set(false);
            watching.shutdown();
            watching.awaitTermination(30, TimeUnit.SECONDS);
        }
        pays.forEach(p -> System.out.printf("  pay while the provider is slow: %d in %d ms%n", p.status(), p.tookMillis()));
        assertThat(pays).allSatisfy(p -> {
            assertThat(p.status()).as(p.body()).isEqualTo(503);
            assertThat(JSON.readTree(p.body()).get("detail").asText()).contains("支付机构暂时无法访问");
            assertThat(p.tookMillis()).as("a person waits seconds, not the provider's 20").isLessThan(8_000);
        });
        assertThat(pays.subList(PAYERS - 3, PAYERS)).as("the breaker open: no waiting at all")
                .allSatisfy(p -> assertThat(p.tookMillis()).isLessThan(1_000));
        assertThat(others).as("the rest of Baokao meanwhile").hasSizeGreaterThan(20)
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(200))
                .allSatisfy(a -> assertThat(a.tookMillis()).isLessThan(1_000));

        // down instead of slow: refused at once as well; then back, and once the breaker lets calls through again
        // the next candidate's "pay" gives her the provider's payment page
        assertThat(providerFaults("DOWN", 1_000, 0)).isEqualTo(200);
        HttpResponse<String> whileDown = api.call("POST", "/api/v1/applications/" + payers.get(0)[1] + "/payment-order",
                payers.get(0)[0], null, Map.of("Accept-Language", "en"));
        assertThat(whileDown.statusCode()).isEqualTo(503);
        assertThat(whileDown.headers().firstValue("Retry-After")).isPresent();
        assertThat(providerFaults("NONE", 0, 0)).isEqualTo(200);
        long back = System.currentTimeMillis();
        HttpResponse<String> paid = null;
        for (int i = 0; System.currentTimeMillis() - back < 60_000; i = (i + 1) % PAYERS) {
            paid = api.call("POST", "/api/v1/applications/" + payers.get(i)[1] + "/payment-order", payers.get(i)[0], null, Map.of());
            if (paid.statusCode() / 100 == 2) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertThat(paid.statusCode()).as(paid.body()).isIn(200, 201);
        assertThat(JSON.readTree(paid.body()).get("payUrl").asText()).contains("/sandbox/pay/");
        System.out.printf("payment provider back: the first order placed %d ms after%n", System.currentTimeMillis() - back);
        // operators see the breaker's story in the runtime's metrics
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url("/metrics"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics.lines().filter(l -> l.startsWith("ft_circuitbreaker_opened_total") && l.contains("PaymentCheckout")))
                .as("ft_circuitbreaker_opened_total of PaymentCheckout.checkout").isNotEmpty();
    }

    @Test
    @Order(2)
    void requestsFailCleanlyWhileTheDatabaseIsAwayAndBaokaoRecoversByItself() throws Exception {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        long t0 = System.currentTimeMillis();
        try (Browser browser = new Browser(1280, 900)) {
            BaokaoServer pages = BaokaoServer.at(server.url(""));
            SignIns.candidate(browser, pages, "500106199208150028", "Exam2026"); // the demo candidate 李娜
            for (int c = 0; c < CLIENTS; c++) {
                String token = api.token(DemoLoadData.idNumber(c));
                clients.submit(() -> keepAsking(api, "/api/v1/applications", token, running, answers));
            }
            clients.submit(() -> keepAsking(api, "/health/ready", null, running, answers));

            Thread.sleep(4_000);
            long down = System.currentTimeMillis();
            db.stopServer();
            long stopped = System.currentTimeMillis();
            Thread.sleep(10_000);
            // a sign-in while the database is away: a sentence too, not an error page
            HttpResponse<String> signIn = api.call("POST", "/api/v1/auth/token", null, "{\"idType\":\"RESIDENT_ID\",\"idNumber\":\""
                    + DemoLoadData.idNumber(0) + "\",\"password\":\"" + DemoLoadData.PASSWORD + "\"}", Map.of("Accept-Language", "en"));
            browser.open(pages.url("/candidate/home.xhtml"));
            String pageWhileAway = browser.text();
            browser.screenshot("database-away-candidate-page");
            long up = System.currentTimeMillis();
            db.startServer();
            long started = System.currentTimeMillis();
            // until the clients get a good answer by themselves (at most 20 s, asserted below), then 5 s more of them
            while (System.currentTimeMillis() - started < 20_000 && answers.stream()
                    .noneMatch(a -> a.sentAt() > started && a.what().startsWith("/api") && a.status() == 200)) {
                Thread.sleep(250);
            }
            Thread.sleep(5_000);
            browser.open(pages.url("/candidate/home.xhtml"));
            String pageWhenBack = browser.text();
            String pathWhenBack = browser.currentPath();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            List<Answer> all = new ArrayList<>(answers);
            all.sort((a, b) -> Long.compare(a.sentAt(), b.sentAt()));
            System.out.printf("database restart: %d answers; stopped at %.1f s, started at %.1f s%n", all.size(),
                    (stopped - t0) / 1000.0, (started - t0) / 1000.0);
            for (Answer a : all) {
                if (a.status() != 200) {
                    System.out.printf("  %6.1f s +%5d ms %s %d %s%n", (a.sentAt() - t0) / 1000.0, a.tookMillis(), a.what(),
                            a.status(), a.body().substring(0, Math.min(160, a.body().length())).replace('\n', ' '));
                }
            }
            assertThat(all).as("answers before the stop").filteredOn(a -> a.receivedAt() < down)
                    .isNotEmpty().allMatch(a -> a.status() == 200);
            assertThat(all).as("every answer in time, whatever the database does")
                    .allMatch(a -> a.status() > 0 && a.tookMillis() < SLOWEST_ANSWER_MILLIS);

            // away: a 503 with a sentence and Retry-After, readiness DOWN; nothing else
            List<Answer> away = all.stream().filter(a -> a.sentAt() > stopped + 2_000 && a.receivedAt() < up).toList();
            assertThat(away).as("answers while the database is away").hasSizeGreaterThan(20);
            assertThat(away).filteredOn(a -> a.what().startsWith("/api")).isNotEmpty().allSatisfy(a -> {
                assertThat(a.status()).as(a.body()).isEqualTo(503);
                assertThat(JSON.readTree(a.body()).get("detail").asText()).contains("数据库");
            });
            assertThat(away).filteredOn(a -> a.what().startsWith("/health")).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.body()).contains("DOWN"));
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(503);
            assertThat(signIn.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(signIn.body()).get("detail").asText()).contains("database");

            assertThat(pageWhileAway).contains("系统暂时连不上数据库").doesNotContain("Exception");
            assertThat(pathWhenBack).isEqualTo("/candidate/home.xhtml");
            assertThat(pageWhenBack).as("signed in still, her centre").contains("李娜").doesNotContain("系统暂时");

            // back: good answers by themselves, and from the first good one on, only good ones
            List<Answer> back = all.stream().filter(a -> a.sentAt() > started && a.what().startsWith("/api")).toList();
            Answer firstGood = back.stream().filter(a -> a.status() == 200).findFirst()
                    .orElseThrow(() -> new AssertionError("no good answer after the database came back"));
            assertThat(firstGood.sentAt() - started).as("ms until the first good answer").isLessThan(20_000);
            assertThat(back).as("answers after the first good one").filteredOn(a -> a.sentAt() > firstGood.receivedAt())
                    .hasSizeGreaterThan(20).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
            JsonNode ready = JSON.readTree(api.call("GET", "/health/ready", null, null, Map.of()).body());
            assertThat(ready.get("status").asText()).isEqualTo("UP");
        } finally {
            running.set(false);
            clients.shutdownNow();
        }
    }

    /** Tells the sandbox provider how its order API misbehaves for the next {@code count} calls (signed as the merchant). */
    private static int providerFaults(String mode, int count, long delayMillis) throws IOException {
        Map<String, String> form = new java.util.HashMap<>(Map.of("merchant", "BAOKAO", "mode", mode,
                "count", String.valueOf(count), "delayMillis", String.valueOf(delayMillis)));
        String body = PaymentSignature.signed(form, BaokaoServer.PAYMENT_KEY).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.form("/api/sandbox/api/provider-faults", body).statusCode();
    }

    private static Void keepAsking(SubmissionCrashIT.Api api, String path, String token, AtomicBoolean running,
                                   ConcurrentLinkedQueue<Answer> answers) throws InterruptedException {
        while (running.get()) {
            long sent = System.currentTimeMillis();
            try {
                HttpResponse<String> answer = api.call("GET", path, token, null, Map.of("Accept-Language", "zh-CN"));
                answers.add(new Answer(path, sent, System.currentTimeMillis() - sent, answer.statusCode(), answer.body()));
            } catch (IOException | RuntimeException e) {
                answers.add(new Answer(path, sent, System.currentTimeMillis() - sent, -1, String.valueOf(e)));
            }
            Thread.sleep(100);
        }
        return null;
    }
}
