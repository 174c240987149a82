package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.payment.PaymentSignature;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox payment provider over HTTP, as a merchant and a candidate's browser meet it: create an order, open
 * the pay page, pay, come back with a signed redirect, receive the signed notification at a notify endpoint this
 * test runs, query, read the day's statement; and the faults (a forged signature, duplicated and dropped
 * notifications) that Baokao's side must survive.
 */
@ExtendWith(BaokaoServer.class)
class SandboxProviderIT {

    private static final String MERCHANT = "BAOKAO";
    private static final String KEY = System.getProperty("baokao.it.payment.key", BaokaoServer.PAYMENT_KEY);
    private static final String BASE = "/api/sandbox";
    private static final AtomicLong ORDERS = new AtomicLong();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, List<Map<String, String>>> NOTIFIED = new ConcurrentHashMap<>();
    private static HttpServer merchant;

    @BeforeAll
    static void startNotifyEndpoint() throws IOException {
        merchant = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        merchant.createContext("/notify", exchange -> {
            Map<String, String> fields = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            NOTIFIED.computeIfAbsent(fields.getOrDefault("orderNo", ""), k -> new CopyOnWriteArrayList<>()).add(fields);
            byte[] answer = "success".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        merchant.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        merchant.start();
    }

    @AfterAll
    static void stopNotifyEndpoint() throws IOException, InterruptedException {
        if (merchant != null) {
            post("/api/faults", Map.of("mode", "NONE", "count", "0"));
            merchant.stop(0);
        }
    }

    @Test
    void aPaidOrderRedirectsBackSignedAndNotifiesTheMerchant() throws Exception {
        String orderNo = orderNo();
        Map<String, String> order = order(orderNo, 12345);
        HttpResponse<String> created = post("/api/orders", order);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Map<String, String> trade = json(created.body());
        assertThat(PaymentSignature.verify(trade, KEY)).isTrue();
        assertThat(trade.get("payUrl")).endsWith(BASE + "/pay/" + trade.get("tradeNo"));
        assertThat(json(post("/api/orders", order).body()).get("tradeNo")).as("same order, same trade")
                .isEqualTo(trade.get("tradeNo"));

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(trade.get("payUrl"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("123.45", "Sandbox payment provider", "沙箱支付", "考试报名费");

        HttpResponse<String> paid = HTTP.send(HttpRequest.newBuilder(URI.create(trade.get("payUrl")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=pay")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(303);
        URI back = URI.create(paid.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/return");
        Map<String, String> backFields = form(back.getRawQuery());
        assertThat(backFields).containsEntry("orderNo", orderNo).containsEntry("status", "PAID");
        assertThat(PaymentSignature.verify(backFields, KEY)).isTrue();

        List<Map<String, String>> notes = awaitNotifications(orderNo, 1, Duration.ofSeconds(20));
        Map<String, String> note = notes.get(0);
        assertThat(PaymentSignature.verify(note, KEY)).isTrue();
        assertThat(note).containsEntry("merchant", MERCHANT).containsEntry("orderNo", orderNo)
                .containsEntry("tradeNo", trade.get("tradeNo")).containsEntry("amountFen", "12345")
                .containsEntry("status", "PAID").containsKeys("transactionId", "paidAt");

        Map<String, String> queried = query(orderNo);
        assertThat(PaymentSignature.verify(queried, KEY)).isTrue();
        assertThat(queried).containsEntry("status", "PAID").containsEntry("transactionId", note.get("transactionId"))
                .containsEntry("paidAt", note.get("paidAt"));

        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<String> statement = get("/api/statements/" + day + ".csv", Map.of("merchant", MERCHANT));
        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.body()).startsWith("transactionId,orderNo,amountFen,status,paidAt\n")
                .contains(note.get("transactionId") + "," + orderNo + ",12345,PAID," + note.get("paidAt"));
    }

    @Test
    void aForgedSignatureIsRefused() throws Exception {
        Map<String, String> forged = new LinkedHashMap<>(order(orderNo(), 100));
        forged.put("amountFen", "1");
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/orders")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(forged))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused.body())).containsEntry("error", "sandbox.error.sign");
    }

    @Test
    void duplicatedAndDroppedNotifications() throws Exception {
        String duplicated;
        String dropped;
        try {
            assertThat(post("/api/faults", Map.of("mode", "DUPLICATE", "count", "1", "copies", "3")).statusCode())
                    .isEqualTo(200);
            duplicated = payNewOrder();
            assertThat(post("/api/faults", Map.of("mode", "DROP", "count", "1")).statusCode()).isEqualTo(200);
            dropped = payNewOrder();
        } finally {
            post("/api/faults", Map.of("mode", "NONE", "count", "0"));
        }
        List<Map<String, String>> copies = awaitNotifications(duplicated, 3, Duration.ofSeconds(20));
        assertThat(copies.get(1)).isEqualTo(copies.get(0));
        assertThat(copies.get(2)).isEqualTo(copies.get(0));
        // awaitNotifications waited for an order paid after this one too
        assertThat(NOTIFIED.getOrDefault(dropped, List.of())).as("the dropped notification").isEmpty();
        assertThat(query(dropped)).containsEntry("status", "PAID");
    }

    private static String payNewOrder() throws IOException, InterruptedException {
        String orderNo = orderNo();
        Map<String, String> trade = json(post("/api/orders", order(orderNo, 5000)).body());
        HttpResponse<String> paid = HTTP.send(HttpRequest.newBuilder(URI.create(trade.get("payUrl")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=pay")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(303);
        return orderNo;
    }

    /**
     * The notifications of {@code orderNo} once {@code count} have come and no more is on its way. The sandbox keeps no
     * record of what it sent, duplicated or dropped, so one more order is paid (without faults) and its notification
     * awaited: the sandbox hands it to its sender after every notification of the orders paid before it.
     */
    private static List<Map<String, String>> awaitNotifications(String orderNo, int count, Duration timeout)
            throws IOException, InterruptedException {
        awaitAtLeast(orderNo, count, timeout);
        assertThat(awaitAtLeast(payNewOrder(), 1, timeout)).as("the notification of an order paid later").isNotEmpty();
        List<Map<String, String>> received = NOTIFIED.getOrDefault(orderNo, List.of());
        assertThat(received).as("notifications of " + orderNo).hasSize(count);
        return received;
    }

    private static List<Map<String, String>> awaitAtLeast(String orderNo, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && NOTIFIED.getOrDefault(orderNo, List.of()).size() < count) {
            Thread.sleep(100);
        }
        return NOTIFIED.getOrDefault(orderNo, List.of());
    }

    private static Map<String, String> order(String orderNo, long amountFen) {
        String merchantUrl = "http://localhost:" + merchant.getAddress().getPort();
        Map<String, String> order = new TreeMap<>();
        order.put("merchant", MERCHANT);
        order.put("orderNo", orderNo);
        order.put("amountFen", Long.toString(amountFen));
        order.put("subject", "考试报名费 Exam fee");
        order.put("notifyUrl", merchantUrl + "/notify");
        order.put("returnUrl", merchantUrl + "/return");
        order.put("expiresAt", Instant.now().plus(Duration.ofMinutes(30)).toString());
        return PaymentSignature.signed(order, KEY);
    }

    private static Map<String, String> query(String orderNo) throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/api/orders/" + orderNo, Map.of("merchant", MERCHANT));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private static String orderNo() {
        // unique across runs against one kept server, so an earlier run's trade is never found instead
        return "IT" + System.currentTimeMillis() + "-" + ORDERS.incrementAndGet();
    }

    private static String url(String path) {
        return BaokaoServer.get().url(BASE + path);
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> signed = new TreeMap<>(fields);
        signed.putIfAbsent("merchant", MERCHANT);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(PaymentSignature.signed(signed, KEY)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path) + "?" + encode(PaymentSignature.signed(fields, KEY))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** The provider's answers are flat JSON objects of strings and numbers: enough to read them here. */
    private static Map<String, String> json(String body) {
        Map<String, String> fields = new TreeMap<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?\\d+)").matcher(body);
        while (m.find()) {
            fields.put(m.group(1), m.group(3) != null ? m.group(3).replace("\\/", "/").replace("\\\"", "\"") : m.group(2));
        }
        return fields;
    }
}
