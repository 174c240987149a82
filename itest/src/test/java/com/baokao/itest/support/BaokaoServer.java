package com.baokao.itest.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One Baokao on Payara Micro, started as a separate process (the way the run command starts it: the real
 * WAR, demo data, embedded H2 in a fresh file) and shared by every test class that uses this extension;
 * stopped when the test JVM ends. Its console output goes to {@link #log()}, where tests can read what the
 * log gateway "sent" (e.g. password-reset codes).
 */
public class BaokaoServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /** Every CAPTCHA of this server shows this text (configuration meant for tests only). */
    public static final String CAPTCHA_ANSWER = "BKTST";

    /** The payment provider key of this server, so tests can sign as the merchant (configuration meant for tests only). */
    public static final String PAYMENT_KEY = "it-sandbox-key-0123456789abcdef";

    /**
     * Requests naming this key may change this server's waiting-room capacity at run time (PUT /api/admission;
     * configuration meant for tests only). The shared server otherwise runs with the default capacity.
     */
    public static final String ADMISSION_TEST_KEY = "it-admission-key-0123456789";

    private static BaokaoServer running;

    private MicroServer micro;
    private String baseUrl;
    private Path log;
    private Path statements;

    /** A handle on another Baokao this test started itself (for the sign-in steps), not the shared one. */
    public static BaokaoServer at(String baseUrl) {
        BaokaoServer server = new BaokaoServer();
        server.baseUrl = baseUrl.replaceAll("/$", "");
        return server;
    }

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
                // stopped when the test JVM ends, not with the test plan: with two forks, failsafe runs each class
                // as a test plan of its own, and the server would be started again for every class
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-baokao-test-server"));
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
        Path work = TestDatabases.workDir().resolve("browser-server-" + System.currentTimeMillis());
        String db = "jdbc:h2:file:" + work.resolve("db").resolve("baokao") + ";LOCK_TIMEOUT=10000";
        micro = MicroServer.start(work, List.of(
                "-Dbaokao.demo-data=true",
                "-Dbaokao.sandbox.enabled=true",
                "-Dbaokao.payment.key=" + PAYMENT_KEY,
                "-Dbaokao.captcha.test-answer=" + CAPTCHA_ANSWER,
                "-Dbaokao.admission.test-key=" + ADMISSION_TEST_KEY,
                "-Dbaokao.reconciliation.dir=" + work.resolve("statements"),
                "-Dbaokao.db.url=" + db), List.of("--postbootcommandfile", TestDatabases.h2PostBoot(work, "server", db).toString()));
        baseUrl = micro.url("");
        log = micro.log();
        statements = work.resolve("statements");
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Where this server takes the statement files an operator names (baokao.reconciliation.dir). */
    public Path statementsDirectory() {
        return statements;
    }

    public Path log() {
        return log;
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        if (micro != null) {
            micro.close();
        }
        running = null;
    }
}
