package com.baokao.sandbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends the provider's signed notifications to the merchant's notify URL in the background, retrying with backoff
 * until the merchant answers {@code success}, and applies the faults tests ask for. The fault state is per node:
 * good enough for a sandbox, whose tests talk to one node.
 */
@ApplicationScoped
public class SandboxNotifier {

    private static final Logger LOG = Logger.getLogger(SandboxNotifier.class.getName());
    /** Waits before the 2nd, 3rd... attempt; after the last one the provider gives up, as real ones do. */
    private static final long[] BACKOFF_MILLIS = {1_000, 2_000, 4_000, 8_000};

    /** One notification due to one URL. */
    public record Notification(String url, Map<String, String> fields) {
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final FaultPlan<Notification> faults = new FaultPlan<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public void setFaults(FaultPlan.Mode mode, int count, long delayMillis, int copies) {
        faults.set(mode, count, delayMillis, copies);
    }

    public void send(String url, Map<String, String> fields) {
        for (FaultPlan.Dispatch<Notification> dispatch : faults.next(new Notification(url, Map.copyOf(fields)))) {
            executor.submit(() -> deliver(dispatch.notification(), dispatch.delayMillis()));
        }
    }

    private void deliver(Notification notification, long delayMillis) {
        try {
            Thread.sleep(delayMillis);
            for (int attempt = 0; ; attempt++) {
                if (postOnce(notification)) {
                    return;
                }
                if (attempt >= BACKOFF_MILLIS.length) {
                    LOG.warning(() -> "Sandbox provider gave up notifying " + notification.url() + " of order "
                            + notification.fields().get("orderNo"));
                    return;
                }
                Thread.sleep(BACKOFF_MILLIS[attempt]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean postOnce(Notification notification) throws InterruptedException {
        String form = notification.fields().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(notification.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && "success".equals(answer.body().trim());
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "Sandbox notification to " + notification.url() + " failed", e);
            return false;
        }
    }
}
