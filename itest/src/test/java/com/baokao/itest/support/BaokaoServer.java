package com.baokao.itest.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Baokao on Payara Micro, started as a separate process (the way the run command starts it: the real
 * WAR, demo data, embedded H2 in a fresh file) and shared by every test class that uses this extension;
 * stopped when the test run ends. Its console output goes to {@link #log()}, where tests can read what the
 * log gateway "sent" (e.g. password-reset codes).
 */
public class BaokaoServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /** Every CAPTCHA of this server shows this text (configuration meant for tests only). */
    public static final String CAPTCHA_ANSWER = "BKTST";

    /** The payment provider key of this server, so tests can sign as the merchant (configuration meant for tests only). */
    public static final String PAYMENT_KEY = "it-sandbox-key-0123456789abcdef";

    private static BaokaoServer running;

    private Process process;
    private String baseUrl;
    private Path log;

    public static BaokaoServer get() {
        if (running == null) {
            throw new IllegalStateException("BaokaoServer not started: annotate the test class with @ExtendWith(BaokaoServer.class)");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (BaokaoServer.class) {
            if (running == null) {
                BaokaoServer server = new BaokaoServer();
                server.start();
                running = server;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(BaokaoServer.class.getName(), server);
            }
        }
    }

    private void start() throws IOException, InterruptedException {
        String external = System.getProperty("baokao.it.url");
        if (external != null && !external.isBlank()) {
            // developing a browser test against a Baokao started by run.sh (demo data, captcha answer BKTST)
            baseUrl = external.replaceAll("/$", "");
            return;
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path work = TestDatabases.workDir().resolve("browser-server-" + System.currentTimeMillis());
        Files.createDirectories(work);
        log = work.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dbaokao.demo-data=true",
                "-Dbaokao.sandbox.enabled=true",
                "-Dbaokao.payment.key=" + PAYMENT_KEY,
                "-Dbaokao.captcha.test-answer=" + CAPTCHA_ANSWER,
                "-Dbaokao.db.url=jdbc:h2:file:" + work.resolve("db").resolve("baokao") + ";LOCK_TIMEOUT=10000",
                "-jar", TestDatabases.deployDir().resolve("payara-micro.jar").toString(),
                "--deploy", TestDatabases.deployDir().resolve("baokao.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--rootdir", work.resolve("micro-root").toString(),
                "--nocluster"));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        baseUrl = "http://localhost:" + port;
        awaitHealthy(Duration.ofMinutes(4));
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Baokao did not become healthy in " + timeout + "; see " + log);
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Path log() {
        return log;
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        running = null;
    }
}
