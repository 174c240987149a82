package com.baokao.itest.http;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.PageClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting room over real HTTP against the shared Baokao, its capacity set to {@value #CAPACITY} for this test
 * (the server's test switch) and restored afterwards: three times the capacity of signed-in candidates ask for their
 * centre at once; the admitted get it, the others the waiting page with their place, nobody a 5xx or a timeout; the
 * admitted stay fast while the line keeps asking; the phone API answers 429 with Retry-After; and as admitted
 * candidates sign out or go idle, the line gets in in its order. Every waiter is answered at once here (no request
 * held at the front of the line: RegistrationDaySmokeIT and the unit tests cover that).
 */
@ExtendWith(BaokaoServer.class)
class WaitingRoomIT {

    private static final int CAPACITY = 5;
    private static final int VISITORS = 3 * CAPACITY;
    private static final String DEMO_CANDIDATE = "110105199003071239";
    private static final String PASSWORD = "Exam2026";
    private static final String CENTRE = "/candidate/home.xhtml";
    private static final Pattern NUMBER = Pattern.compile("data-number=\"(\\d+)\"");
    private static final Pattern POSITION = Pattern.compile("data-position=\"(\\d+)\"");

    private BaokaoServer server;
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void smallRoom() {
        server = BaokaoServer.get();
        assertThat(control("capacity=" + CAPACITY + "&idleSeconds=600&frontHeld=0&reset=true")).contains("\"capacity\":" + CAPACITY);
    }

    @AfterEach
    void restore() {
        control("restore=true");
    }

    /** One candidate's browser: its cookies, its last page, its number in line while it waits. */
    private final class Visitor {
        final PageClient client = new PageClient(server);
        HttpResponse<String> last;
        long number;

        HttpResponse<String> centre() {
            last = client.get(CENTRE);
            statuses.add(last.statusCode());
            if (waits()) {
                number = Long.parseLong(match(NUMBER, last.body()));
            }
            return last;
        }

        boolean waits() {
            return last.statusCode() == 200 && last.body().contains("id=\"waiting-room\"");
        }

        boolean inCentre() {
            return last.statusCode() == 200 && last.body().contains("navForm:signOut") && !waits();
        }

        long position() {
            return Long.parseLong(match(POSITION, last.body()));
        }

        HttpResponse<String> signOut() {
            HttpResponse<String> out = client.post(CENTRE, PageClient.viewState(last),
                    Map.of("navForm", "navForm", "navForm:signOut", "navForm:signOut"));
            statuses.add(out.statusCode());
            return out;
        }
    }

    @Test
    void threeTimesTheCapacityWaitInLineAndGetInInOrder() throws Exception {
        List<Visitor> visitors = new ArrayList<>();
        for (int i = 0; i < VISITORS; i++) {
            Visitor visitor = new Visitor();
            // signing in is not queued (the same demo candidate in fifteen browsers: the room counts browsers)
            assertThat(visitor.client.signInAsCandidate(DEMO_CANDIDATE, PASSWORD).statusCode()).isEqualTo(302);
            visitors.add(visitor);
        }

        // all at once
        all(visitors, Visitor::centre);
        List<Visitor> admitted = visitors.stream().filter(Visitor::inCentre).toList();
        List<Visitor> line = new ArrayList<>(visitors.stream().filter(Visitor::waits).toList());
        assertThat(admitted).hasSize(CAPACITY);
        assertThat(line).hasSize(VISITORS - CAPACITY);
        line.sort(Comparator.comparingLong(v -> v.number));
        assertThat(line.stream().map(Visitor::position).toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, VISITORS - CAPACITY).mapToObj(Long::valueOf).toList());
        Visitor head = line.get(0);
        assertThat(head.last.headers().firstValue("Retry-After")).isPresent();
        assertThat(head.last.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(head.last.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(head.last.body()).contains("排第 1 位").contains("http-equiv=\"refresh\"").contains(CENTRE);

        // the admitted keep getting their pages, fast, while the whole line keeps asking
        ConcurrentLinkedQueue<Long> admittedMillis = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (Visitor visitor : visitors) {
                boolean in = admitted.contains(visitor);
                rounds.add(pool.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        long start = System.nanoTime();
                        visitor.centre();
                        if (in) {
                            admittedMillis.add((System.nanoTime() - start) / 1_000_000);
                            assertThat(visitor.inCentre()).as("an admitted visitor is never turned away").isTrue();
                        } else {
                            assertThat(visitor.waits()).isTrue();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> round : rounds) {
                round.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(admittedMillis);
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2);
        long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        System.out.printf("waiting room: %d admitted pages while %d waited: p50 %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), line.size(), p50, p99, sorted.get(sorted.size() - 1));
        assertThat(p99).as("admitted pages stay fast (H2, load on the same 2 cores)").isLessThan(5_000);

        // a waiter's POST is not processed: signing out from the line leaves them signed in and waiting
        Visitor last = line.get(line.size() - 1);
        HttpResponse<String> refusedPost = last.client.post(CENTRE, "stale", Map.of("navForm", "navForm",
                "navForm:signOut", "navForm:signOut"));
        statuses.add(refusedPost.statusCode());
        assertThat(refusedPost.statusCode()).isEqualTo(200);
        assertThat(refusedPost.body()).contains("id=\"waiting-room\"");
        assertThat(last.centre().statusCode()).isEqualTo(200);
        assertThat(last.waits()).as("still signed in, still in line").isTrue();

        // the phone API past capacity: 429, Retry-After, the place in line; the catalogue is never queued
        PageClient phone = new PageClient(server);
        String token = phone.apiToken(DEMO_CANDIDATE, PASSWORD);
        HttpResponse<String> profile = phone.api("GET", "/api/v1/profile", token, null);
        statuses.add(profile.statusCode());
        assertThat(profile.statusCode()).isEqualTo(429);
        assertThat(profile.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(profile.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Integer.parseInt(s)).isBetween(1, 15));
        assertThat(profile.body()).contains("\"code\":\"admission.waiting\"").contains("\"status\":429")
                .contains("\"position\":" + (VISITORS - CAPACITY + 1)).contains("\"estimatedWaitSeconds\":")
                .doesNotContain(token);
        HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/profile")))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en"));
        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.body()).contains("you are in line");
        HttpResponse<String> catalogue = phone.api("GET", "/api/v1/catalogue/exams", token, null);
        statuses.add(catalogue.statusCode());
        assertThat(catalogue.statusCode()).isEqualTo(200);

        // the numbers, for monitoring: no one's data
        String numbers = send(HttpRequest.newBuilder(URI.create(server.url("/api/admission")))).body();
        assertThat(numbers).contains("\"capacity\":" + CAPACITY).contains("\"admitted\":" + CAPACITY)
                .contains("\"waiting\":" + (VISITORS - CAPACITY + 1));

        // two admitted sign out: the first two in line get in, whoever asks first; the rest move up
        for (Visitor leaving : admitted.subList(0, 2)) {
            assertThat(leaving.signOut().statusCode()).isEqualTo(302);
        }
        List<Visitor> reversed = new ArrayList<>(line);
        Collections.reverse(reversed);
        for (Visitor visitor : reversed) {
            visitor.centre();
        }
        assertThat(line.get(0).inCentre()).isTrue();
        assertThat(line.get(1).inCentre()).isTrue();
        for (int i = 2; i < line.size(); i++) {
            assertThat(line.get(i).waits()).isTrue();
            assertThat(line.get(i).position()).isEqualTo(i - 1);
        }

        // passes not used for the idle time are given back: the next five in line get them, in order
        control("idleSeconds=2");
        Thread.sleep(3_000);
        for (Visitor visitor : reversed.subList(0, reversed.size() - 2)) {
            visitor.centre();
        }
        for (int i = 2; i < line.size(); i++) {
            if (i < 2 + CAPACITY) {
                assertThat(line.get(i).inCentre()).as("number %d in line", i + 1).isTrue();
            } else {
                assertThat(line.get(i).waits()).isTrue();
                assertThat(line.get(i).position()).isEqualTo(i - 1 - CAPACITY);
            }
        }
        control("idleSeconds=600");
        // an admitted visitor who went idle lost the pass and queues behind the line
        Visitor idle = admitted.get(2);
        idle.centre();
        assertThat(idle.waits()).isTrue();
        assertThat(idle.position()).isGreaterThan(line.size() - 2 - CAPACITY);

        assertThat(statuses).as("never a server error").allSatisfy(status -> assertThat(status).isLessThan(500));
    }

    private static void all(List<Visitor> visitors, java.util.function.Consumer<Visitor> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(visitors.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Visitor visitor : visitors) {
                done.add(pool.submit(() -> {
                    start.await();
                    action.accept(visitor);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Changes the shared server's waiting room through its test switch; answers the room's numbers. */
    private String control(String query) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.url("/api/admission?" + query)))
                .header("X-Baokao-Test-Key", BaokaoServer.ADMISSION_TEST_KEY)
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("no %s in the waiting page", pattern).isTrue();
        return matcher.group(1);
    }
}
