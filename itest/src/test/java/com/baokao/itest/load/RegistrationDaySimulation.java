package com.baokao.itest.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.baokao.demo.DemoLoadData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registration day (issue 18), in phases so each kind of request is measured on its own and then together, against a
 * Baokao started with the load-test crowd ({@code baokao.demo.load-candidates}, {@link DemoLoadData}):
 * <ol>
 *   <li>sign-in: the phone client's token request, for every candidate of the later phases;</li>
 *   <li>the public home page, anonymous readers (no session may be created);</li>
 *   <li>the personal centre through the pages: sign in with the login form, then views of the centre;</li>
 *   <li>submissions through the REST API: start an application for {@value DemoLoadData#SUBMIT_SESSION}, read the
 *       options, submit at an unlimited site, then start the fee's payment for the approved
 *       {@value DemoLoadData#PAY_SESSION} application;</li>
 *   <li>the burst: as many candidates as there are at once, all for the site with few places; those past its places
 *       are refused with the sentence naming the other sites (counted as answered, not as errors).</li>
 * </ol>
 * Every submission the server acknowledged (200) is appended to {@code acknowledged.csv} (ID number, application id,
 * serial number, site id) for the exactly-once check that follows. Settings are system properties (see
 * {@link Settings}); a request that fails (5xx, timeout, an unexpected status) counts as an error, and the run fails
 * when there is any.
 */
public class RegistrationDaySimulation extends Simulation {

    /** The knobs, each a system property of the same name. */
    record Settings(String baseUrl, int candidates, int burst, int concurrency, int homeSeconds, int pageUsers,
                    int pageViews, int overloadCapacity, int overloadCandidates, int overloadFrontHeld,
                    int overloadPageViews, String testKey, Path output) {
        static Settings fromSystem() {
            return new Settings(System.getProperty("baseUrl", "http://localhost:8080").replaceAll("/$", ""),
                    Integer.getInteger("candidates", 1000), Integer.getInteger("burst", 200),
                    Integer.getInteger("concurrency", 32), Integer.getInteger("homeSeconds", 15),
                    Integer.getInteger("pageUsers", 32), Integer.getInteger("pageViews", 20),
                    Integer.getInteger("overloadCapacity", 0), Integer.getInteger("overloadCandidates", 0),
                    Integer.getInteger("overloadFrontHeld", -1), Integer.getInteger("overloadPageViews", 10),
                    System.getProperty("testKey", ""), Path.of(System.getProperty("output", "target/registration-day")));
        }

        /** The overload phases run only when the server lets this run set its waiting room's capacity. */
        boolean overload() {
            return overloadCapacity > 0 && overloadCandidates > 0 && !testKey.isBlank();
        }

        /** Candidates signed in by the first phase: the submitters and the burst, then both overload phases' crowds. */
        int signedIn() {
            return candidates + (overload() ? 2 * overloadCandidates : 0);
        }

        /** The crowd's number of the k-th candidate to sign in: the overload crowds come after the page readers. */
        int signInNumber(int k) {
            return k < candidates ? k : k + pageUsers;
        }

        /**
         * The first crowd number of overload phase 0 or 1 (the API at capacity, at three times it), 2 or 3 (the pages
         * at capacity, at three times it: one candidate per user, after both API crowds).
         */
        int overloadFirst(int phase) {
            int api = candidates + pageUsers;
            return switch (phase) {
                case 0, 1 -> api + phase * overloadCandidates;
                case 2 -> api + 2 * overloadCandidates;
                default -> api + 2 * overloadCandidates + overloadCapacity;
            };
        }
    }

    private final Settings settings = Settings.fromSystem();
    private final Map<Integer, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger signIns = new AtomicInteger();
    private final AtomicInteger submitters = new AtomicInteger();
    private final AtomicInteger bursters = new AtomicInteger();
    private final AtomicInteger pageSigners = new AtomicInteger();
    /** Answers of the waiting room (429) to a start of an application: asked again after Retry-After. */
    private final AtomicInteger waited = new AtomicInteger();
    /** Payment starts answered 503 "busy, try again" with Retry-After (the checkout's bulkhead), asked again after it. */
    private final AtomicInteger busy = new AtomicInteger();
    /** Per overload phase: candidates taken, answers of the waiting room, and each candidate's wait to be let in (ms). */
    private final AtomicInteger[] overloadTaken = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
            new AtomicInteger()};
    private final AtomicInteger[] overloadWaited = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
            new AtomicInteger()};
    private final java.util.List<java.util.Queue<Long>> overloadWaits = java.util.stream.Stream
            .<java.util.Queue<Long>>generate(java.util.concurrent.ConcurrentLinkedQueue::new).limit(4).toList();
    /** Per scenario: when its first user started and its last request ended (epoch ms), for per-phase throughput. */
    private final Map<String, long[]> phases = new ConcurrentHashMap<>();
    private final Path acknowledged;
    private final long submitSession;
    private final long region;

    public RegistrationDaySimulation() {
        try {
            Files.createDirectories(settings.output());
            acknowledged = settings.output().resolve("acknowledged.csv");
            Files.deleteIfExists(acknowledged);
            Files.createFile(acknowledged);
            // which exam and region: asked once, the way the phone client finds them
            ObjectMapper json = new ObjectMapper();
            HttpClient client = HttpClient.newHttpClient();
            JsonNode exams = json.readTree(get(client, "/api/v1/catalogue/exams"));
            long session = -1;
            for (JsonNode exam : exams) {
                if (DemoLoadData.SUBMIT_SESSION.equals(exam.get("code").asText())) {
                    session = exam.get("id").asLong();
                }
            }
            if (session < 0) {
                throw new IllegalStateException("no exam " + DemoLoadData.SUBMIT_SESSION + ": start Baokao with"
                        + " -Dbaokao.demo.load-candidates=N");
            }
            submitSession = session;
            region = json.readTree(get(client, "/api/v1/catalogue/sessions/" + session)).get("regionRules").get(0)
                    .get("regionId").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }

        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl()).acceptLanguageHeader("zh-CN")
                .userAgentHeader("baokao-registration-day").shareConnections();

        int submitting = settings.candidates() - settings.burst();
        // each of `concurrency` users signs in candidate after candidate until every one has a token
        ScenarioBuilder signIn = scenario(SIGN_IN).exec(session -> begin(SIGN_IN, session))
                .asLongAs(session -> signIns.get() < settings.signedIn()).on(exec(session -> {
                    int k = signIns.getAndIncrement();
                    int n = settings.signInNumber(k);
                    return session.set("n", n).set("idNumber", DemoLoadData.idNumber(n)).set("more", k < settings.signedIn());
                }).doIf("#{more}").then(exec(http("sign in (API token)").post("/api/v1/auth/token")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"idType\":\"RESIDENT_ID\",\"idNumber\":\"#{idNumber}\",\"password\":\""
                                + DemoLoadData.PASSWORD + "\"}"))
                        .check(status().is(200), jsonPath("$.accessToken").saveAs("token")))
                        .exec(session -> {
                            tokens.put(session.getInt("n"), session.getString("token"));
                            return end(SIGN_IN, session);
                        })));

        ScenarioBuilder home = scenario(HOME).exec(session -> begin(HOME, session))
                // not interrupted mid-iteration when the time is up (Gatling's default), so each view is timed whole
                .during(settings.homeSeconds(), "views", false).on(
                exec(http("home page (anonymous)").get("/index.xhtml").disableFollowRedirect()
                        // no session made (a load balancer's stickiness cookie may be set: not Baokao's)
                        .check(status().is(200), headerRegex("Set-Cookie", "JSESSIONID").notExists()))
                .exec(session -> end(HOME, session)));

        ScenarioBuilder pages = scenario(PAGES).exec(session -> begin(PAGES, session)).exec(session -> {
            // the page readers are the last candidates, after the burst's
            int n = settings.candidates() + pageSigners.getAndIncrement();
            return session.set("idNumber", DemoLoadData.idNumber(n));
        }).exec(http("login page").get("/login.xhtml").check(status().is(200),
                css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                .exec(http("sign in (login form)").post("/login.xhtml").formParam("loginForm", "loginForm")
                        .formParam("loginForm:mode", "false").formParam("loginForm:idType", "RESIDENT_ID")
                        .formParam("loginForm:idNumber", "#{idNumber}").formParam("loginForm:password", DemoLoadData.PASSWORD)
                        .formParam("loginForm:submit", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), substring("压测考生")))
                .repeat(settings.pageViews()).on(exec(http("personal centre").get("/candidate/home.xhtml")
                        .check(status().is(200), substring("压测考生"))).exec(session -> end(PAGES, session)));

        ScenarioBuilder submit = scenario(SUBMIT).exec(session -> begin(SUBMIT, session))
                .asLongAs(session -> submitters.get() < submitting).on(exec(session -> {
                    int n = submitters.getAndIncrement();
                    return session.set("n", n).set("idNumber", DemoLoadData.idNumber(n)).set("more", n < submitting)
                            .set("token", tokens.getOrDefault(n, "none"));
                }).doIf("#{more}").then(submission(false).exec(session -> end(SUBMIT, session))));

        ScenarioBuilder burst = scenario(BURST).exec(session -> begin(BURST, session)).exec(session -> {
            int n = submitting + bursters.getAndIncrement();
            return session.set("n", n).set("idNumber", DemoLoadData.idNumber(n)).set("token", tokens.getOrDefault(n, "none"));
        }).exec(submission(true)).exec(session -> end(BURST, session));

        PopulationBuilder phases = signIn.injectOpen(atOnceUsers(settings.concurrency()))
                .andThen(home.injectOpen(atOnceUsers(settings.concurrency())))
                .andThen(pages.injectOpen(atOnceUsers(settings.pageUsers())))
                .andThen(submit.injectOpen(atOnceUsers(settings.concurrency())));
        PopulationBuilder last = burst.injectOpen(atOnceUsers(settings.burst()));
        if (settings.overload()) {
            int capacity = settings.overloadCapacity();
            // the waiting room let in `capacity` at once, emptied: whatever earlier phases left in it is forgotten
            ScenarioBuilder room = scenario(ROOM).exec(http("waiting room capacity (test control)")
                    .put("/api/admission?capacity=" + capacity + "&idleSeconds=300&reset=true"
                            // how many at the front of the line are held: as the server is configured, unless told
                            + (settings.overloadFrontHeld() < 0 ? "" : "&frontHeld=" + settings.overloadFrontHeld()))
                    .header("X-Baokao-Test-Key", settings.testKey()).check(status().is(200)));
            last = last.andThen(room.injectOpen(atOnceUsers(1)))
                    .andThen(overload(0, AT_CAPACITY).injectOpen(atOnceUsers(capacity)))
                    .andThen(overload(1, OVERLOAD).injectOpen(atOnceUsers(3 * capacity)))
                    .andThen(pageOverload(2, PAGES_AT_CAPACITY).injectOpen(atOnceUsers(capacity)))
                    .andThen(pageOverload(3, PAGES_OVERLOAD).injectOpen(atOnceUsers(3 * capacity)));
        }
        phases = phases.andThen(last);
        setUp(phases).protocols(protocol).maxDuration(java.time.Duration.ofMinutes(30))
                .assertions(global().failedRequests().count().is(0L));
    }

    static final String SIGN_IN = "1 sign-in", HOME = "2 home page", PAGES = "3 personal centre (pages)",
            SUBMIT = "4 submissions (API)", BURST = "5 burst on the site with few places",
            ROOM = "6 waiting room set to the capacity", AT_CAPACITY = "7 API at the waiting room's capacity",
            OVERLOAD = "8 API at three times the capacity", PAGES_AT_CAPACITY = "9 pages at the waiting room's capacity",
            PAGES_OVERLOAD = "10 pages at three times the capacity";

    /** The suffix of the request names of overload phase 0 (at capacity) and 1 (three times it). */
    static final String[] OVERLOAD_SUFFIX = {" (at capacity)", " (3x capacity)", " (pages at capacity)",
            " (pages 3x capacity)"};

    /**
     * A page overload phase: each user is one candidate of its own, who signs in with the login form (never queued),
     * opens the personal centre, which the waiting room may hold or answer with its waiting page (asked again after
     * Retry-After, as the page's refresh does), then views the centre as many times again, then signs out through
     * the page's sign-out link, which gives the pass to the next in line.
     */
    private ScenarioBuilder pageOverload(int phase, String name) {
        String suffix = OVERLOAD_SUFFIX[phase];
        int first = settings.overloadFirst(phase);
        return scenario(name).exec(session -> begin(name, session)).exec(session -> {
            int n = first + overloadTaken[phase].getAndIncrement();
            return session.set("idNumber", DemoLoadData.idNumber(n)).set("in", false);
        }).exec(http("login page" + suffix).get("/login.xhtml").check(status().is(200),
                        css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                .exec(http("sign in (login form)" + suffix).post("/login.xhtml").formParam("loginForm", "loginForm")
                        .formParam("loginForm:mode", "false").formParam("loginForm:idType", "RESIDENT_ID")
                        .formParam("loginForm:idNumber", "#{idNumber}").formParam("loginForm:password", DemoLoadData.PASSWORD)
                        .formParam("loginForm:submit", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                        // signed in, sent on to the centre: that request is the one timed below
                        .disableFollowRedirect().check(status().in(302, 303)))
                .exitHereIfFailed()
                .exec(session -> session.set("asked", System.currentTimeMillis()))
                .asLongAs(session -> !session.getBoolean("in")).on(
                        exec(session -> session.remove("retryAfter"))
                                .exec(http("enter: centre or waiting page" + suffix).get("/candidate/home.xhtml")
                                        .check(status().is(200), substring("id=\"waiting-room\"").count().saveAs("waiting"),
                                                substring("压测考生").count().saveAs("centre"),
                                                header("Retry-After").optional().saveAs("retryAfter")))
                                .exitHereIfFailed()
                                // not the waiting page, so it must be the candidate's own centre
                                .exec(session -> session.getInt("waiting") == 0 && session.getInt("centre") == 0
                                        ? session.markAsFailed() : session)
                                .exitHereIfFailed()
                                .exec(afterAsking(phase, session -> session.getInt("waiting") == 0)))
                .repeat(Math.max(1, settings.overloadPageViews() - 1)).on(
                        exec(http("personal centre" + suffix).get("/candidate/home.xhtml").check(status().is(200),
                                substring("压测考生"), css("#navForm input[name='jakarta.faces.ViewState']", "value")
                                        .saveAs("viewState"))))
                .exec(http("sign out" + suffix).post("/candidate/home.xhtml").formParam("navForm", "navForm")
                        .formParam("navForm:signOut", "navForm:signOut").formParam("jakarta.faces.ViewState", "#{viewState}")
                        // signed out, sent to the public home page
                        .disableFollowRedirect().check(status().in(302, 303), headerRegex("Location", "signedOut=true").exists()))
                .exec(session -> end(name, session));
    }

    /**
     * An overload phase: its users take candidates from their own crowd one after another until it is used up. Each
     * candidate first opens the list of their applications, which the waiting room may answer 429 with Retry-After
     * (asked again after it, as the phone does); once let in, the whole submission chain, then sign-out, which gives
     * the pass to the next in line. Every request but that first one is made with a pass.
     */
    private ScenarioBuilder overload(int phase, String name) {
        String suffix = OVERLOAD_SUFFIX[phase];
        int first = settings.overloadFirst(phase);
        return scenario(name).exec(session -> begin(name, session))
                .asLongAs(session -> overloadTaken[phase].get() < settings.overloadCandidates()).on(exec(session -> {
                    int k = overloadTaken[phase].getAndIncrement();
                    int n = first + k;
                    return session.set("n", n).set("idNumber", DemoLoadData.idNumber(n))
                            .set("more", k < settings.overloadCandidates()).set("token", tokens.getOrDefault(n, "none"))
                            .set("asked", System.currentTimeMillis()).set("in", false);
                }).doIf("#{more}").then(
                        asLongAs(session -> !session.getBoolean("in")).on(
                                exec(session -> session.remove("retryAfter"))
                                        .exec(http("enter: my applications or 429" + suffix).get("/api/v1/applications")
                                                .header("Authorization", "Bearer #{token}")
                                                .check(status().in(200, 429).saveAs("status"),
                                                        header("Retry-After").optional().saveAs("retryAfter")))
                                        .exitHereIfFailed()
                                        .exec(afterAsking(phase, session -> session.getInt("status") == 200)))
                                .exec(submission(false, suffix)).exec(session -> end(name, session))));
    }

    /**
     * After a request to enter in an overload phase: let in (the wait since {@code asked} recorded), or answered by the
     * waiting room (counted, asked again after its Retry-After, which it must give).
     */
    private ChainBuilder afterAsking(int phase, java.util.function.Predicate<Session> letIn) {
        return exec(session -> {
            if (letIn.test(session)) {
                overloadWaits.get(phase).add(System.currentTimeMillis() - session.getLong("asked"));
                return session.set("in", true);
            }
            overloadWaited[phase].incrementAndGet();
            return session.contains("retryAfter") ? session : session.markAsFailed();
        }).exitHereIfFailed()
                .doIf(session -> !session.getBoolean("in")).then(pause(session ->
                        java.time.Duration.ofSeconds(Long.parseLong(session.getString("retryAfter")))));
    }

    /** The phase a request belongs to, by its name. */
    static String phaseOf(String request) {
        if (request.startsWith("sign in (API")) {
            return SIGN_IN;
        }
        if (request.endsWith(OVERLOAD_SUFFIX[2])) {
            return PAGES_AT_CAPACITY;
        }
        if (request.endsWith(OVERLOAD_SUFFIX[3])) {
            return PAGES_OVERLOAD;
        }
        if (request.endsWith(OVERLOAD_SUFFIX[0])) {
            return AT_CAPACITY;
        }
        if (request.endsWith(OVERLOAD_SUFFIX[1])) {
            return OVERLOAD;
        }
        if (request.startsWith("waiting room capacity")) {
            return ROOM;
        }
        if (request.startsWith("home page")) {
            return HOME;
        }
        if (request.equals("login page") || request.startsWith("sign in (login") || request.equals("personal centre")) {
            return PAGES;
        }
        return request.endsWith("(burst)") ? BURST : SUBMIT;
    }

    private Session begin(String phase, Session session) {
        phases.computeIfAbsent(phase, k -> new long[] {System.currentTimeMillis(), System.currentTimeMillis()});
        return session;
    }

    private Session end(String phase, Session session) {
        long[] times = phases.get(phase);
        synchronized (times) {
            times[1] = Math.max(times[1], System.currentTimeMillis());
        }
        return session;
    }

    @Override
    public void after() {
        StringBuilder csv = new StringBuilder();
        phases.forEach((phase, times) -> csv.append(phase).append(',').append(times[0]).append(',').append(times[1]).append('\n'));
        try {
            Files.writeString(settings.output().resolve("phases.csv"), csv);
            Files.writeString(settings.output().resolve("waited.txt"), Integer.toString(waited.get()));
            Files.writeString(settings.output().resolve("busy.txt"), Integer.toString(busy.get()));
            StringBuilder overload = new StringBuilder();
            for (int phase = 0; phase < 4; phase++) {
                long[] waits = overloadWaits.get(phase).stream().mapToLong(Long::longValue).sorted().toArray();
                overload.append(phase).append(',').append(overloadWaited[phase].get()).append(',').append(waits.length)
                        .append(',').append(percentile(waits, 50)).append(',').append(percentile(waits, 95))
                        .append(',').append(waits.length == 0 ? 0 : waits[waits.length - 1]).append('\n');
            }
            Files.writeString(settings.output().resolve("overload.csv"), overload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The p-th percentile of sorted values (nearest rank), 0 when there are none. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private ChainBuilder submission(boolean toTheLimitedSite) {
        return submission(toTheLimitedSite, toTheLimitedSite ? " (burst)" : "");
    }

    /**
     * Start, choose, submit, and (except in the burst) start the fee's payment of the approved application; each
     * request's name ends with {@code suffix}, which tells its phase.
     */
    private ChainBuilder submission(boolean toTheLimitedSite, String suffix) {
        String auth = "Bearer #{token}";
        // a fresh start: what an earlier candidate of this virtual user saved must not be taken for this one's
        return exec(session -> session.removeAll("serial", "problem", "applicationId", "version", "payId", "retryAfter")
                        .set("admitted", false))
                // the waiting room may answer 429 with Retry-After: the phone client waits that long and asks again
                .asLongAs(session -> !session.getBoolean("admitted")).on(
                        exec(http("start application" + suffix).post("/api/v1/applications").header("Authorization", auth)
                                .header("Content-Type", "application/json").header("Idempotency-Key", "start-#{n}")
                                .body(StringBody("{\"sessionId\":" + submitSession + ",\"regionId\":" + region + ",\"pledgeAccepted\":true}"))
                                .check(status().in(200, 201, 429).saveAs("status"), jsonPath("$.id").optional().saveAs("applicationId"),
                                        jsonPath("$.version").optional().saveAs("version"),
                                        header("Retry-After").optional().saveAs("retryAfter")))
                                .exitHereIfFailed()
                                .exec(session -> {
                                    boolean admitted = session.getInt("status") != 429;
                                    if (!admitted) {
                                        waited.incrementAndGet();
                                    }
                                    return session.set("admitted", admitted);
                                })
                                .doIf(session -> !session.getBoolean("admitted")).then(
                                        pause(session -> java.time.Duration.ofSeconds(Long.parseLong(session.getString("retryAfter"))))))
                .exec(http("application options" + suffix).get("/api/v1/applications/#{applicationId}/options")
                        .header("Authorization", auth).check(status().is(200),
                                jsonPath("$.reviewPoints[0].id").saveAs("reviewPointId"),
                                jsonPath("$.levels[0].id").saveAs("levelId"),
                                // the one limited site is the one with places left; any other takes everyone
                                jmesPath("keys(placesLeft)[0]").saveAs("limitedSiteId"),
                                jmesPath("sites[*].id").ofList().saveAs("siteIds")))
                .exitHereIfFailed()
                .exec(http("options of the level" + suffix).get("/api/v1/applications/#{applicationId}/options?levelId=#{levelId}")
                        .header("Authorization", auth).check(status().is(200),
                                jsonPath("$.conditions[0].id").saveAs("conditionId")))
                .exitHereIfFailed()
                .exec(session -> {
                    String limited = session.getString("limitedSiteId");
                    String site = toTheLimitedSite ? limited : session.getList("siteIds").stream().map(String::valueOf)
                            .filter(id -> !id.equals(limited)).findFirst().orElseThrow();
                    return session.set("siteId", site);
                })
                .exec(http("submit" + suffix).post("/api/v1/applications/#{applicationId}/submit")
                        .header("Authorization", auth).header("Content-Type", "application/json").header("If-Match", "\"v#{version}\"")
                        .body(StringBody("{\"reviewPointId\":#{reviewPointId},\"siteId\":#{siteId},\"levelId\":#{levelId},"
                                + "\"conditionId\":#{conditionId}}"))
                .check(toTheLimitedSite ? status().in(200, 400) : status().is(200),
                                jsonPath("$.serialNumber").optional().saveAs("serial"),
                                jsonPath("$.type").optional().saveAs("problem")))
                .exitHereIfFailed()
                .exec(session -> {
                    if (session.contains("serial")) {
                        append(session.getString("idNumber") + "," + session.getString("applicationId") + ","
                                + session.getString("serial") + "," + session.getString("siteId") + "\n");
                    } else if (!String.valueOf(session.getString("problem")).endsWith("application.site.full")) {
                        return session.markAsFailed();
                    }
                    return session;
                })
                .doIf(session -> !toTheLimitedSite).then(
                        exec(http("my applications" + suffix).get("/api/v1/applications").header("Authorization", auth)
                                .check(status().is(200), jmesPath("[?examCode=='" + DemoLoadData.PAY_SESSION + "'].id | [0]")
                                        .saveAs("payId")))
                                .exec(session -> session.set("paymentStarted", false))
                                // at most so many checkouts wait on the provider at once (PaymentCheckout's bulkhead):
                                // past that the answer is 503 with Retry-After, and the phone asks again after it
                                .asLongAs(session -> !session.getBoolean("paymentStarted")).on(
                                        exec(session -> session.removeAll("payUrl", "retryAfter"))
                                                .exec(http("start payment" + suffix).post("/api/v1/applications/#{payId}/payment-order")
                                                .header("Authorization", auth).header("Idempotency-Key", "pay-#{n}")
                                                .check(status().in(200, 201, 503).saveAs("status"),
                                                        jsonPath("$.payUrl").optional().saveAs("payUrl"),
                                                        header("Retry-After").optional().saveAs("retryAfter")))
                                                .exitHereIfFailed()
                                                .exec(session -> {
                                                    if (session.getInt("status") != 503) {
                                                        return session.contains("payUrl")
                                                                ? session.set("paymentStarted", true) : session.markAsFailed();
                                                    }
                                                    if (!session.contains("retryAfter")) {
                                                        return session.markAsFailed();
                                                    }
                                                    busy.incrementAndGet();
                                                    return session;
                                                })
                                                .exitHereIfFailed()
                                                .doIf(session -> !session.getBoolean("paymentStarted")).then(pause(session ->
                                                        java.time.Duration.ofSeconds(Long.parseLong(session.getString("retryAfter")))))))
                // done: the phone signs out, which gives the waiting-room pass to the next in line
                .exec(http("sign out" + suffix).post("/api/v1/auth/sign-out").header("Authorization", auth)
                        .check(status().in(200, 204)));
    }

    private synchronized void append(String line) {
        try {
            Files.writeString(acknowledged, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }
}
