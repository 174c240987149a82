package com.baokao.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link PaymentGateway} over HTTP, speaking docs/payment-protocol.md: the sandbox provider in the demo and in
 * tests, a real provider in production (its base URL and key from configuration). Every answer's signature is
 * checked; an unsigned or tampered answer counts as no answer.
 * <p>
 * A slow provider must not hold a person long (a payment click holds a request thread and a database transaction
 * while the order is placed): the calls a person waits for, placing an order and asking its status, give up after
 * {@link #INTERACTIVE_TIMEOUT}; the web module's PaymentCheckout adds a circuit breaker and a bulkhead around them.
 * Refunds and statements run in the background and keep their longer waits.
 */
@ApplicationScoped
public class ProviderClient implements PaymentGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long a person's call (placing an order, asking its status) may wait for the provider. */
    private static final Duration INTERACTIVE_TIMEOUT = Duration.ofSeconds(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    PaymentSettings settings;

    @Override
    public Placed place(String baseUrl, String orderNo, long amountFen, String subject, String notifyUrl, String returnUrl,
                        Instant expiresAt) {
        Map<String, String> p = new HashMap<>();
        p.put("merchant", settings.merchant());
        p.put("orderNo", orderNo);
        p.put("amountFen", String.valueOf(amountFen));
        p.put("subject", subject);
        p.put("notifyUrl", notifyUrl);
        p.put("returnUrl", returnUrl);
        p.put("expiresAt", expiresAt.toString());
        JsonObject answer = post(baseUrl + "/api/orders", PaymentSignature.signed(p, settings.key()), INTERACTIVE_TIMEOUT);
        Map<String, String> fields = strings(answer);
        if (!PaymentSignature.verify(fields, settings.key())) {
            throw new ProviderUnavailable("unsigned answer to order " + orderNo);
        }
        return new Placed(fields.get("tradeNo"), fields.get("payUrl"));
    }


    @Override
    public ProviderStatus query(String baseUrl, String orderNo) {
        Map<String, String> p = new HashMap<>();
        p.put("merchant", settings.merchant());
        Map<String, String> signed = PaymentSignature.signed(p, settings.key());
        String url = baseUrl + "/api/orders/" + URLEncoder.encode(orderNo, StandardCharsets.UTF_8) + "?" + form(signed);
        JsonObject answer = send(HttpRequest.newBuilder(URI.create(url)).timeout(INTERACTIVE_TIMEOUT).GET().build());
        Map<String, String> fields = strings(answer);
        if (!PaymentSignature.verify(fields, settings.key())) {
            throw new ProviderUnavailable("unsigned status of order " + orderNo);
        }
        String paidAt = fields.get("paidAt");
        return new ProviderStatus(fields.get("status"), fields.get("transactionId"),
                fields.get("amountFen") == null ? 0 : Long.parseLong(fields.get("amountFen")),
                paidAt == null || paidAt.isEmpty() ? null : Instant.parse(paidAt));
    }

    @Override
    public void downloadStatement(String baseUrl, java.time.LocalDate day, java.nio.file.Path target) {
        Map<String, String> p = new HashMap<>();
        p.put("merchant", settings.merchant());
        String url = baseUrl + "/api/statements/" + day + ".csv?" + form(PaymentSignature.signed(p, settings.key()));
        java.nio.file.Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
            // a statement of a million lines is tens of megabytes: straight to disk, then moved into place whole
            HttpResponse<java.nio.file.Path> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                java.nio.file.Files.deleteIfExists(partial);
                throw new ProviderUnavailable("provider answered " + response.statusCode() + " to the statement of " + day);
            }
            java.nio.file.Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ProviderUnavailable("statement of " + day + " not downloaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("interrupted");
        }
    }

    @Override
    public Refunded refund(String baseUrl, String refundNo, String transactionId, long amountFen, String reason) {
        Map<String, String> p = new HashMap<>();
        p.put("merchant", settings.merchant());
        p.put("refundNo", refundNo);
        p.put("transactionId", transactionId);
        p.put("amountFen", String.valueOf(amountFen));
        p.put("reason", reason);
        JsonObject answer = post(baseUrl + "/api/refunds", PaymentSignature.signed(p, settings.key()), TIMEOUT);
        Map<String, String> fields = strings(answer);
        if (!PaymentSignature.verify(fields, settings.key())) {
            throw new ProviderUnavailable("unsigned answer to refund " + refundNo);
        }
        if (!refundNo.equals(fields.get("refundNo")) || !"REFUNDED".equals(fields.get("status"))
                || !String.valueOf(amountFen).equals(fields.get("amountFen"))) {
            throw new ProviderUnavailable("refund " + refundNo + " not confirmed: " + fields.get("status"));
        }
        String refundedAt = fields.get("refundedAt");
        return new Refunded(refundNo, fields.get("refundId"), fields.get("status"), amountFen,
                refundedAt == null || refundedAt.isEmpty() ? null : Instant.parse(refundedAt));
    }

    private JsonObject post(String url, Map<String, String> form, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    private JsonObject send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // the provider's refusal ({"error": key, ...}) names why, for the operator who reads the last error
                String body = response.body() == null ? "" : response.body();
                throw new ProviderUnavailable("provider answered " + response.statusCode() + " to " + request.uri().getPath()
                        + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(body.length(), 300))));
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new ProviderUnavailable("provider unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("interrupted");
        }
    }

    private static Map<String, String> strings(JsonObject json) {
        Map<String, String> fields = new HashMap<>();
        json.forEach((name, value) -> fields.put(name, switch (value.getValueType()) {
            case STRING -> json.getString(name);
            case NULL -> "";
            default -> value.toString();
        }));
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
