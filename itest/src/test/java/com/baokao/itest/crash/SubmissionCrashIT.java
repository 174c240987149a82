package com.baokao.itest.crash;

import com.baokao.demo.DemoLoadData;
import com.baokao.itest.support.MicroServer;
import com.baokao.itest.support.OwnPostgres;
import com.baokao.itest.support.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash in the middle of a burst of submissions through the phone API (issue 19): Baokao on PostgreSQL is killed with
 * SIGKILL while eight clients submit applications for load candidates. After a restart, every submission a client saw
 * acknowledged is in the database once, with the serial number it was shown; no candidate has two applications; and
 * each client whose submission was cut off sends it again with the same Idempotency-Key and the same version, and gets
 * one submitted application, never a second one.
 */
class SubmissionCrashIT {

    private static final int CANDIDATES = 400;
    private static final int CLIENTS = 8;
    /** Acknowledged submissions before the kill: enough that others are certainly in flight. */
    private static final int KILL_AFTER = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One candidate's submission as the client knows it. */
    record Attempt(String idNumber, String token, long applicationId, long version, String body, String key) {

        Attempt withToken(String another) {
            return new Attempt(idNumber, another, applicationId, version, body, key);
        }
    }

    @Test
    void everyAcknowledgedSubmissionSurvivesTheCrashAndARetryNeverMakesASecond() throws Exception {
        OwnPostgres db = OwnPostgres.create("crash_submit");
        Path work = db.work();
        List<String> jvm = db.jvmOptions("-Dbaokao.sandbox.enabled=true",
                "-Dbaokao.demo.load-candidates=" + CANDIDATES, "-Dbaokao.demo.load-burst-places=100");
        List<String> micro = db.microOptions();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // application id -> serial number shown
        Map<String, Attempt> cutOff = new ConcurrentHashMap<>();      // id number -> the submission that got no answer
        MicroServer server = MicroServer.start(work.resolve("first"), jvm, micro);
        try {
            Api api = new Api(server.url(""));
            long session = api.sessionId();
            long region = JSON.readTree(api.call("GET", "/api/v1/catalogue/sessions/" + session, null, null, Map.of()).body())
                    .get("regionRules").get(0).get("regionId").asLong();
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    for (int n = next.getAndIncrement(); n < CANDIDATES; n = next.getAndIncrement()) {
                        Attempt attempt = null;
                        try {
                            attempt = prepare(api, DemoLoadData.idNumber(n), session, region);
                            HttpResponse<String> submitted = api.submit(attempt);
                            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
                            acknowledged.put(String.valueOf(attempt.applicationId()),
                                    JSON.readTree(submitted.body()).get("serialNumber").asText());
                        } catch (IOException crashed) {
                            if (attempt != null) {
                                cutOff.put(attempt.idNumber(), attempt);
                            }
                            return null; // the server is gone
                        }
                    }
                    return null;
                });
            }
            while (acknowledged.size() < KILL_AFTER && next.get() < CANDIDATES) {
                Thread.sleep(20);
            }
            server.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            server.close();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER);

        try (MicroServer again = MicroServer.start(work.resolve("second"), jvm, micro);
             Connection rows = DriverManager.getConnection(db.url(), TestDatabases.POSTGRES_USER, "")) {
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                assertThat(number(rows, "select count(*) from application where id = " + Long.parseLong(ack.getKey())
                        + " and status = 'SUBMITTED' and serial_number = " + Long.parseLong(ack.getValue().replaceAll(".*-", ""))))
                        .as("acknowledged application " + ack).isEqualTo(1);
            }
            // the clients that were cut off send the same submission again, as a phone does after a timeout
            Api api = new Api(again.url(""));
            for (Attempt attempt : cutOff.values()) {
                // the same request, with the token the phone holds (tokens outlive a restart) or, refused, a new one
                HttpResponse<String> retried = api.submit(attempt);
                if (retried.statusCode() == 401) {
                    retried = api.submit(attempt.withToken(api.token(attempt.idNumber())));
                }
                assertThat(retried.statusCode()).as(attempt.idNumber() + ": " + retried.body()).isEqualTo(200);
                assertThat(number(rows, "select count(*) from application where id = " + attempt.applicationId()
                        + " and status = 'SUBMITTED'")).as("after the retry of " + attempt.idNumber()).isEqualTo(1);
            }
            assertThat(number(rows, "select count(*) from (select a.account_id from application a join exam_session s"
                    + " on s.id = a.session_id where s.code = '" + DemoLoadData.SUBMIT_SESSION + "' group by a.account_id"
                    + " having count(*) > 1) t")).as("candidates with two applications").isZero();
            assertThat(number(rows, "select count(*) from (select serial_number from application where serial_number is not null"
                    + " group by session_id, serial_number having count(*) > 1) t")).as("serial numbers given twice").isZero();
            System.out.println("submission crash: " + acknowledged.size() + " acknowledged before the kill, "
                    + cutOff.size() + " cut off and sent again");
        } finally {
            db.close();
        }
    }

    /** Signs the candidate in and fills an application up to the submit, as the phone client does. */
    private static Attempt prepare(Api api, String idNumber, long session, long region) throws IOException {
        String token = api.token(idNumber);
        JsonNode started = JSON.readTree(api.call("POST", "/api/v1/applications", token,
                "{\"sessionId\":" + session + ",\"regionId\":" + region + ",\"pledgeAccepted\":true}",
                Map.of("Idempotency-Key", "start-" + idNumber)).body());
        long id = started.get("id").asLong();
        JsonNode options = JSON.readTree(api.call("GET", "/api/v1/applications/" + id + "/options", token, null, Map.of()).body());
        long level = options.get("levels").get(0).get("id").asLong();
        String limited = options.path("placesLeft").fieldNames().hasNext() ? options.get("placesLeft").fieldNames().next() : "";
        long site = -1;
        for (JsonNode s : options.get("sites")) {
            if (!s.get("id").asText().equals(limited)) {
                site = s.get("id").asLong();
                break;
            }
        }
        JsonNode levelOptions = JSON.readTree(api.call("GET", "/api/v1/applications/" + id + "/options?levelId=" + level,
                token, null, Map.of()).body());
        String body = "{\"reviewPointId\":" + options.get("reviewPoints").get(0).get("id").asLong() + ",\"siteId\":" + site
                + ",\"levelId\":" + level + ",\"conditionId\":" + levelOptions.get("conditions").get(0).get("id").asLong() + "}";
        return new Attempt(idNumber, token, id, started.get("version").asLong(), body, "submit-" + idNumber);
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The phone API over plain HTTP/1.1. */
    static final class Api {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Api(String base) {
            this.base = base;
        }

        long sessionId() throws IOException {
            for (JsonNode exam : JSON.readTree(call("GET", "/api/v1/catalogue/exams", null, null, Map.of()).body())) {
                if (DemoLoadData.SUBMIT_SESSION.equals(exam.get("code").asText())) {
                    return exam.get("id").asLong();
                }
            }
            throw new IllegalStateException("no exam " + DemoLoadData.SUBMIT_SESSION);
        }

        String token(String idNumber) throws IOException {
            HttpResponse<String> answer = call("POST", "/api/v1/auth/token", null, "{\"idType\":\"RESIDENT_ID\",\"idNumber\":\""
                    + idNumber + "\",\"password\":\"" + DemoLoadData.PASSWORD + "\"}", Map.of());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return JSON.readTree(answer.body()).get("accessToken").asText();
        }

        HttpResponse<String> submit(Attempt attempt) throws IOException {
            return call("POST", "/api/v1/applications/" + attempt.applicationId() + "/submit", attempt.token(), attempt.body(),
                    Map.of("If-Match", "\"v" + attempt.version() + "\"", "Idempotency-Key", attempt.key()));
        }

        /** A form POST, as the payment provider's protocol speaks. */
        HttpResponse<String> form(String path, String body) throws IOException {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        HttpResponse<String> call(String method, String path, String token, String json, Map<String, String> headers)
                throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            try {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 429) {
                    throw new IllegalStateException("waiting room in a crash test: " + answer.body());
                }
                return answer;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
