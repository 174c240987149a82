package com.baokao.itest.packaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR exactly as the build produces it (ear/target/baokao.ear, copied to the deploy folder by the itest
 * build) deployed on a stock Payara Server 6 with plain {@code asadmin} commands, then exercised over HTTP:
 * health, the sign-in page, the security constraint on candidate pages, and real sign-ins through the
 * Faces form, which prove that the identity store in the EJB module serves the skinny WAR and that
 * the roles are mapped on a Server whose default principal-to-role mapping is off.
 * <p>
 * Everything lives under itest/target: a fresh domain {@value #DOMAIN} (port base {@value #PORT_BASE}, so
 * admin on {@value #ADMIN_PORT} and HTTP on {@value #HTTP_PORT}) in the unpacked server, an H2 file and the
 * asadmin logs under the work folder. The domain is stopped after the tests, even when they fail; it is
 * deleted and recreated at the start of the next run.
 * <p>
 * The application's database here is an H2 file of its own, whatever database the failsafe execution is
 * for, so the test runs once, in the H2 execution: with {@code -Dit.test=EarOnPayaraServerIT} the
 * PostgreSQL execution would select it as well.
 */
@DisabledIfSystemProperty(named = "baokao.it.database", matches = "postgresql",
        disabledReason = "the EAR runs on its own H2 database; once, in the H2 execution, is enough")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(EarOnPayaraServerIT.FailureFlag.class)
class EarOnPayaraServerIT {

    static final String DOMAIN = "baokao-smoke";
    static final int PORT_BASE = 20000;
    static final int ADMIN_PORT = PORT_BASE + 48;
    static final int HTTP_PORT = PORT_BASE + 80;
    static final String BASE = "http://localhost:" + HTTP_PORT;

    static final String CANDIDATE_ID = "110105199003071239";
    static final String CANDIDATE_PASSWORD = "Exam2026";
    static final String CANDIDATE_NAME = "王小明";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "Admin2026";
    static final String ADMIN_NAME = "管理员";

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    static final AtomicBoolean FAILED = new AtomicBoolean();
    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private static Path payara;
    private static Path domainDir;
    private static Path work;
    private static Path passwordFile;
    private static boolean domainStarted;

    @BeforeAll
    static void deployEarOnFreshDomain() throws Exception {
        try {
            payara = Path.of(required("baokao.it.payara.server.dir")).toAbsolutePath();
            Path ear = Path.of(required("baokao.it.deploy.dir"), "baokao.ear").toAbsolutePath();
            work = Path.of(required("baokao.it.work.dir"), "ear-smoke").toAbsolutePath();
            domainDir = payara.resolve("glassfish/domains").resolve(DOMAIN);
            assertThat(payara.resolve("bin/asadmin")).as("unpacked Payara Server").isRegularFile();
            assertThat(ear).as("EAR under test").isRegularFile();

            Files.createDirectories(work);
            passwordFile = work.resolve("admin-password.txt");
            // the domain is created with --nopassword: admin with an empty password
            Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=\n");

            removeLeftoverDomain();
            assertPortFree(ADMIN_PORT);
            assertPortFree(HTTP_PORT);

            // a new, empty database for each run; demo data is loaded into it at deployment
            Path database = work.resolve("h2");
            deleteRecursively(database);
            Files.createDirectories(database);
            String dbUrl = "jdbc:h2:file:" + database.resolve("baokao");

            asadmin(Duration.ofMinutes(3), false, "create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE),
                    "--savelogin=false", DOMAIN).assertSucceeded();
            domainStarted = true; // from here on, @AfterAll must try to stop it
            asadmin(Duration.ofMinutes(5), false, "start-domain", DOMAIN).assertSucceeded();
            // system properties of the DAS are Java system properties, which MicroProfile Config reads
            asadmin(Duration.ofMinutes(1), true, "create-system-properties",
                    "baokao.db.url=" + escapeColons(dbUrl) + ":baokao.demo-data=true").assertSucceeded();
            // the project's listener settings, as README tells an operator to apply them
            for (String line : Files.readAllLines(Path.of(System.getProperty("user.dir"))
                    .resolve("../scripts/payara-server-hardening.asadmin").normalize())) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    asadmin(Duration.ofMinutes(1), true, line.strip().split("\\s+")).assertSucceeded();
                }
            }
            // the JIT setting of every test server (itest/pom.xml, it.server.jvm), taken at the restart below
            for (String option : System.getProperty("baokao.it.server.jvm", "").strip().split("\\s+")) {
                if (!option.isEmpty()) {
                    asadmin(Duration.ofMinutes(1), true, "create-jvm-options", escapeColons(option)).assertSucceeded();
                }
            }
            asadmin(Duration.ofMinutes(5), false, "restart-domain", DOMAIN).assertSucceeded();
            asadmin(Duration.ofMinutes(6), true, "deploy", "--contextroot", "/", "--name", "baokao", ear.toString())
                    .assertSucceeded();
        } catch (Throwable e) {
            FAILED.set(true);
            throw e;
        }
    }

    @AfterAll
    static void stopDomain() throws Exception {
        try {
            if (FAILED.get() && domainDir != null) {
                printServerLogTail(300);
            }
        } finally {
            if (domainStarted) {
                CommandResult stop = asadmin(Duration.ofMinutes(2), false, "stop-domain", DOMAIN);
                if (!stop.succeeded()) {
                    System.err.println("[ear-smoke] stop-domain failed:\n" + stop.output());
                }
            }
        }
    }

    @Test
    @Order(1)
    void healthIsUp() throws Exception {
        HttpResponse<String> response = plainClient().send(get("/api/health"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("GET /api/health: %s", response.body()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
        // MicroProfile Health of the server: the EAR's checks reach the ejb and batch modules
        HttpResponse<String> ready = plainClient().send(get("/health/ready"), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as("GET /health/ready: %s", ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("\"migrations\"").contains("\"job-repository\"")
                .doesNotContain("DOWN");
    }

    @Test
    @Order(2)
    void signInPageIsServed() throws Exception {
        HttpResponse<String> response = plainClient().send(get("/login.xhtml"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("GET /login.xhtml").isEqualTo(200);
        assertThat(response.headers().firstValue("Server")).as("no product banner").isEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).contains("'nonce-"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("SameSite=Lax"));
        assertThat(response.body())
                .contains("登录")
                .contains("id=\"loginForm\"")
                .contains("name=\"loginForm:idNumber\"")
                .contains("name=\"loginForm:password\"")
                .containsPattern(VIEW_STATE);
    }

    @Test
    @Order(3)
    void candidatePagesRequireSignIn() throws Exception {
        HttpResponse<String> response = plainClient().send(get("/candidate/home.xhtml"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("GET /candidate/home.xhtml without a session").isIn(302, 303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(BASE).resolve(location).getPath()).isEqualTo("/login.xhtml");
    }

    @Test
    @Order(4)
    void candidateSignsInThroughTheForm() throws Exception {
        HttpClient browser = browser();
        String viewState = openSignInPage(browser);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:mode", "false");
        form.put("loginForm:idType_input", "RESIDENT_ID");
        form.put("loginForm:idNumber", CANDIDATE_ID);
        form.put("loginForm:password", CANDIDATE_PASSWORD);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> signIn = browser.send(post("/login.xhtml", form, false), HttpResponse.BodyHandlers.ofString());

        assertRedirectedTo(signIn, "/candidate/home.xhtml");
        HttpResponse<String> home = browser.send(get("/candidate/home.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("GET /candidate/home.xhtml after sign-in").isEqualTo(200);
        assertThat(home.body()).contains(CANDIDATE_NAME);
    }

    @Test
    @Order(5)
    void staffSignsInThroughTheForm() throws Exception {
        HttpClient browser = browser();
        String viewState = openSignInPage(browser);

        // the mode buttons switch the form by Ajax, as a click in the browser would
        Map<String, String> switchMode = new LinkedHashMap<>();
        switchMode.put("jakarta.faces.partial.ajax", "true");
        switchMode.put("jakarta.faces.source", "loginForm:mode");
        switchMode.put("jakarta.faces.partial.execute", "loginForm:mode");
        switchMode.put("jakarta.faces.partial.render", "loginForm");
        switchMode.put("jakarta.faces.behavior.event", "change");
        switchMode.put("jakarta.faces.partial.event", "change");
        switchMode.put("loginForm", "loginForm");
        switchMode.put("loginForm:mode", "true");
        switchMode.put("jakarta.faces.ViewState", viewState);
        switchMode.put("primefaces.nonce", lastNonce);
        HttpResponse<String> switched = browser.send(post("/login.xhtml", switchMode, true), HttpResponse.BodyHandlers.ofString());
        assertThat(switched.statusCode()).as("Ajax switch to staff sign-in").isEqualTo(200);
        assertThat(switched.body()).as("partial response after the switch").contains("name=\"loginForm:username\"");
        Matcher updated = PARTIAL_VIEW_STATE.matcher(switched.body());
        if (updated.find()) {
            viewState = updated.group(1);
        }

        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:mode", "true");
        form.put("loginForm:username", ADMIN_USER);
        form.put("loginForm:password", ADMIN_PASSWORD);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> signIn = browser.send(post("/login.xhtml", form, false), HttpResponse.BodyHandlers.ofString());

        assertRedirectedTo(signIn, "/staff/home.xhtml");
        HttpResponse<String> home = browser.send(get("/staff/home.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("GET /staff/home.xhtml after sign-in").isEqualTo(200);
        assertThat(home.body()).contains(ADMIN_NAME).containsPattern("id=\"staffUsername\">\\s*" + ADMIN_USER + "\\s*<");
    }

    @Test
    @Order(6)
    void batchJobsOfTheEarAreListedByAsadmin() throws Exception {
        // the schedules catch up shortly after start-up: housekeeping runs about 30 s after the deployment, and the
        // nightly seat assignment for the demo exam whose tickets print now (HR2026D)
        CommandResult executions = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            executions = asadmin(Duration.ofMinutes(1), true, "list-batch-job-executions");
            if (executions.succeeded() && executions.output().contains("housekeeping")
                    && executions.output().contains("admission-tickets") && executions.output().contains("COMPLETED")) {
                break;
            }
            Thread.sleep(3000);
        }
        assertThat(executions.output()).as("asadmin list-batch-job-executions").contains("housekeeping")
                .contains("admission-tickets").contains("COMPLETED");
        CommandResult jobs = asadmin(Duration.ofMinutes(1), true, "list-batch-jobs");
        assertThat(jobs.succeeded()).as("asadmin list-batch-jobs:%n%s", jobs.output()).isTrue();
        assertThat(jobs.output()).contains("housekeeping").contains("admission-tickets");
    }

    // ---------------------------------------------------------------- HTTP

    private static HttpClient plainClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Keeps cookies like a browser, but lets the test see every redirect. */
    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(HTTP_TIMEOUT).GET().build();
    }

    private static HttpRequest post(String path, Map<String, String> fields, boolean ajax) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return request.build();
    }

    /** GETs the sign-in page in the given session and returns the view state of the sign-in form. */
    private static String openSignInPage(HttpClient browser) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(get("/login.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("GET /login.xhtml").isEqualTo(200);
        String html = page.body();
        int form = html.indexOf("id=\"loginForm\"");
        assertThat(form).as("sign-in form on the page").isNotNegative();
        Matcher viewState = VIEW_STATE.matcher(html);
        assertThat(viewState.find(form)).as("jakarta.faces.ViewState of the sign-in form").isTrue();
        // PrimeFaces' script sends the page's CSP nonce with every Ajax request, and the server checks it
        Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'")
                .matcher(String.join(";", page.headers().allValues("Content-Security-Policy")));
        assertThat(nonce.find()).as("a CSP nonce for the page").isTrue();
        lastNonce = nonce.group(1);
        return viewState.group(1);
    }

    /** The CSP nonce of the sign-in page last opened. */
    private static String lastNonce;

    private static void assertRedirectedTo(HttpResponse<String> response, String path) {
        assertThat(response.statusCode())
                .as("sign-in POST should redirect to %s; got page:%n%s", path, response.body())
                .isIn(302, 303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(BASE).resolve(location).getPath()).isEqualTo(path);
    }

    // ---------------------------------------------------------------- asadmin

    record CommandResult(List<String> command, int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        CommandResult assertSucceeded() {
            assertThat(exitCode).as("%s%n%s", String.join(" ", command), output).isZero();
            return this;
        }
    }

    /**
     * Runs bin/asadmin with a time limit, its output going to a file under the work folder (the server that
     * start-domain launches must not keep a pipe of ours open). Remote commands go to this domain's admin port.
     */
    private static CommandResult asadmin(Duration timeout, boolean remote, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", payara.resolve("bin/asadmin").toString(),
                "--user", "admin", "--passwordfile", passwordFile.toString(), "--interactive=false"));
        if (remote) {
            command.addAll(List.of("--host", "localhost", "--port", String.valueOf(ADMIN_PORT)));
        }
        command.addAll(List.of(args));
        Path log = work.resolve(String.format("asadmin-%02d-%s.log", COMMANDS.incrementAndGet(), args[0]));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AS_ADMIN_"));
        // the Java running these tests also runs asadmin and the server; asadmin's files stay under target
        env.put("AS_JAVA", System.getProperty("java.home"));
        env.put("AS_EXTRA_JAVA_OPTS", "-Duser.home=" + work.resolve("asadmin-home"));

        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.exists(log) ? Files.readString(log) : "";
        int exit = finished ? process.exitValue() : -1;
        System.out.printf("[ear-smoke] asadmin %s -> %s in %d s%n", String.join(" ", args),
                finished ? "exit " + exit : "TIMED OUT after " + timeout.toSeconds() + " s",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        return new CommandResult(command, exit, finished ? output : output + "\n(timed out after " + timeout + ")");
    }

    /** A domain from an earlier run (perhaps still running, if that run was killed) is stopped and deleted. */
    private static void removeLeftoverDomain() throws IOException, InterruptedException {
        if (!Files.isDirectory(domainDir)) {
            return;
        }
        asadmin(Duration.ofMinutes(2), false, "stop-domain", DOMAIN); // fails harmlessly when it is not running
        CommandResult delete = asadmin(Duration.ofMinutes(1), false, "delete-domain", DOMAIN);
        if (!delete.succeeded()) {
            System.out.println("[ear-smoke] delete-domain failed, removing the folder:\n" + delete.output());
            deleteRecursively(domainDir);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String required(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property %s (set by the itest failsafe configuration)", property).isNotBlank();
        return value;
    }

    /** asadmin separates name=value pairs with colons, so colons inside a value are escaped. */
    private static String escapeColons(String value) {
        return value.replace(":", "\\:");
    }

    private static void assertPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new AssertionError("Port " + port + " is in use; the test domain needs ports "
                    + PORT_BASE + "-" + (PORT_BASE + 99) + " free", e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void printServerLogTail(int lines) {
        Path log = domainDir.resolve("logs/server.log");
        try {
            if (!Files.exists(log)) {
                System.err.println("[ear-smoke] no server log at " + log);
                return;
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            System.err.println("[ear-smoke] ===== last " + tail.size() + " lines of " + log + " =====");
            tail.forEach(System.err::println);
            System.err.println("[ear-smoke] ===== end of server.log =====");
        } catch (IOException e) {
            System.err.println("[ear-smoke] could not read " + log + ": " + e);
        }
    }

    /** Remembers that a test failed, so that {@link #stopDomain()} prints the server log first. */
    static class FailureFlag implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            FAILED.set(true);
        }
    }
}
