package com.baokao.itest.incontainer;

import com.baokao.account.AccountRole;
import com.baokao.account.token.AccessTokens;
import com.baokao.account.token.TokenCaller;
import com.baokao.batch.tickets.AdmissionTicketRuns;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.itest.support.TestImages;
import com.baokao.platform.PlatformSecrets;
import com.baokao.review.ApplicationReview;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phone client's API over real HTTP (issue 15), in InContainerIT's region and deployment (InContainerIT runs each of these
 * as one of its tests, on H2 and on PostgreSQL): the whole candidate path through the API alone, with the reviewer
 * deciding through the service; another candidate's and broken tokens reaching nothing; and every operation of
 * the served OpenAPI document answered by the running server.
 */
@Dependent
public class PhoneApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReviewRegion region;

    @EJB
    AsRegionReviewer regionReviewer;

    @EJB
    ApplicationReview review;

    @EJB
    TestData data;

    @EJB
    PlatformSecrets secrets;

    @EJB
    AsAdmin admin;

    @EJB
    PlacesService places;

    @EJB
    AdmissionTicketRuns ticketRuns;

    private String base;

    public void servedAt(URL deploymentUrl) {
        base = deploymentUrl.toString().replaceAll("/$", "");
    }

    /** One HTTP answer. */
    record Reply(int status, String contentType, Map<String, List<String>> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(text())).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(text())).readArray();
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** A problem+json answer with this status and code. */
        JsonObject problem(int expectedStatus, String code) {
            assertEquals(expectedStatus, status, text());
            assertTrue(contentType != null && contentType.startsWith(PROBLEM), contentType + " " + text());
            JsonObject problem = json();
            if (code != null) {
                assertEquals(code, problem.getString("code"), text());
            }
            assertFalse(problem.getString("detail").isBlank());
            return problem;
        }
    }

    Reply send(String method, String path, String token, String json, String... headerPairs) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    Reply upload(String path, String token, String ifMatch, String key, byte[] file) throws Exception {
        String boundary = "bk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token).header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static Reply reply(HttpResponse<byte[]> response) {
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().map(), response.body());
    }

    /** A new candidate registered through the API; returns the register answer (account and tokens). */
    JsonObject register(String idNumber, String password) throws Exception {
        JsonObject captcha = send("POST", "/api/v1/auth/captcha", null, null).json();
        String answer = data.captchaText(captcha.getString("id")).toLowerCase();
        Reply registered = send("POST", "/api/v1/auth/register", null, Json.createObjectBuilder()
                .add("agreementAccepted", true).add("name", "接口考生").add("idType", "RESIDENT_ID")
                .add("idNumber", idNumber).add("phone", "13912345678").add("email", idNumber + "@phone.example")
                .add("password", password).add("passwordRepeat", password)
                .add("captchaId", captcha.getString("id")).add("captchaAnswer", answer).build().toString());
        assertEquals(201, registered.status(), registered.text());
        return registered.json();
    }

    static String access(JsonObject registered) {
        return registered.getJsonObject("tokens").getString("accessToken");
    }

    /**
     * Register, sign in, profile with photo and proofs, apply and submit, the reviewer approves (through the
     * service), pay in the sandbox, download the registration form, the receipt and, once seated, the ticket;
     * refused input on the way gets the pages' refusals as problems with their fields.
     */
    public void wholeCandidatePathThroughTheApiAlone() throws Exception {
        long session = region.session(1, ConfirmationMode.ONLINE, true);

        // the catalogue, anonymous and cacheable
        Reply exams = send("GET", "/api/v1/catalogue/exams", null, null);
        assertEquals(200, exams.status());
        assertTrue(exams.array().stream().anyMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == session),
                exams.text());
        assertEquals(304, send("GET", "/api/v1/catalogue/exams", null, null, "If-None-Match", exams.header("ETag"))
                .status());
        assertEquals(session, send("GET", "/api/v1/catalogue/sessions/" + session, null, null).json()
                .getJsonNumber("id").longValue());
        send("GET", "/api/v1/catalogue/sessions/987654321", null, null).problem(404, "api.notFound");

        // registration: a wrong check digit and passwords that differ are refused together, with their fields
        String idNumber = TestData.nextResidentId("330108");
        String wrongDigit = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
        JsonObject captcha = send("POST", "/api/v1/auth/captcha", null, null).json();
        assertTrue(captcha.getString("image").startsWith("data:image/jpeg;base64,"));
        JsonObject refused = send("POST", "/api/v1/auth/register", null, Json.createObjectBuilder()
                .add("agreementAccepted", true).add("name", "接口考生").add("idType", "RESIDENT_ID")
                .add("idNumber", wrongDigit).add("phone", "13912345678").add("email", "x@phone.example")
                .add("password", "Phone2026").add("passwordRepeat", "Phone2027")
                .add("captchaId", captcha.getString("id")).add("captchaAnswer", data.captchaText(captcha.getString("id")))
                .build().toString(), "Accept-Language", "en").problem(400, null);
        List<String> fields = refused.getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains("idNumber") && fields.contains("passwordRepeat"), refused.toString());
        assertTrue(refused.getString("detail").matches("[\\x00-\\x7F]+"), "English by Accept-Language");

        JsonObject registered = register(idNumber, "Phone2026");
        send("POST", "/api/v1/auth/token", null, Json.createObjectBuilder().add("idType", "RESIDENT_ID")
                .add("idNumber", idNumber).add("password", "wrong1234").build().toString())
                .problem(401, "login.failed");
        Reply signedIn = send("POST", "/api/v1/auth/token", null, Json.createObjectBuilder().add("idType", "RESIDENT_ID")
                .add("idNumber", idNumber).add("password", "Phone2026").build().toString());
        assertEquals(200, signedIn.status(), signedIn.text());
        String token = signedIn.json().getString("accessToken");
        assertEquals(registered.getJsonObject("account").getJsonNumber("id").longValue(),
                send("GET", "/api/v1/me", token, null).json().getJsonNumber("id").longValue());

        // the profile: versions in ETag / If-Match, the photo checked byte for byte
        Reply profile = send("GET", "/api/v1/profile", token, null);
        send("PUT", "/api/v1/profile/basic-info", token, basicInfo()).problem(428, "api.version.required");
        JsonObject incomplete = send("PUT", "/api/v1/profile/basic-info", token, "{\"workYears\":99}",
                "If-Match", profile.header("ETag")).problem(400, "profile.homeRegion.required");
        assertTrue(incomplete.getJsonArray("fields").size() >= 6, "all refused fields at once: " + incomplete);
        profile = send("PUT", "/api/v1/profile/basic-info", token, basicInfo(), "If-Match", profile.header("ETag"));
        assertEquals(200, profile.status(), profile.text());
        String version = profile.header("ETag");
        JsonObject notAPhoto = upload("/api/v1/profile/photo", token, version, null,
                "not a jpeg".getBytes(StandardCharsets.UTF_8)).problem(400, null);
        assertEquals("photo", notAPhoto.getJsonArray("fields").getJsonObject(0).getString("field"), notAPhoto.toString());
        Reply withPhoto = upload("/api/v1/profile/photo", token, version, UUID.randomUUID().toString(),
                TestImages.photo(260, 360, Color.WHITE, 40));
        assertEquals(200, withPhoto.status(), withPhoto.text());
        upload("/api/v1/profile/photo", token, version, null, TestImages.photo(260, 360, Color.WHITE, 40))
                .problem(412, "profile.stale");
        JsonObject current = send("GET", "/api/v1/profile", token, null).json();
        for (JsonValue slot : current.getJsonArray("proofs")) {
            JsonObject proof = slot.asJsonObject();
            if (proof.getBoolean("required")) {
                String etag = send("GET", "/api/v1/profile", token, null).header("ETag");
                Reply uploaded = upload("/api/v1/profile/proofs/" + proof.getString("kind"), token, etag, null,
                        TestImages.proof(proof.getInt("maxKb")));
                assertEquals(200, uploaded.status(), uploaded.text());
            }
        }
        Reply submittedProfile = send("POST", "/api/v1/profile/submit", token, null,
                "If-Match", send("GET", "/api/v1/profile", token, null).header("ETag"));
        assertEquals(200, submittedProfile.status(), submittedProfile.text());

        // a session whose registration has closed refuses the application, as the page does
        long closed = region.session(1, ConfirmationMode.ONLINE, true);
        data.registrationClosesIn(closed, Duration.ofMinutes(-1));
        send("POST", "/api/v1/applications", token, Json.createObjectBuilder().add("sessionId", closed)
                .add("regionId", region.id()).add("pledgeAccepted", true).build().toString())
                .problem(400, "registration.window.closed");

        // apply: start, options that follow the level, submit once under one idempotency key
        Reply started = send("POST", "/api/v1/applications", token, Json.createObjectBuilder()
                .add("sessionId", session).add("regionId", region.id()).add("pledgeAccepted", true).build().toString());
        assertEquals(201, started.status(), started.text());
        long id = started.json().getJsonNumber("id").longValue();
        long level = send("GET", "/api/v1/applications/" + id + "/options", token, null).json()
                .getJsonArray("levels").getJsonObject(0).getJsonNumber("id").longValue();
        long condition = send("GET", "/api/v1/applications/" + id + "/options?levelId=" + level, token, null).json()
                .getJsonArray("conditions").getJsonObject(0).getJsonNumber("id").longValue();
        String choices = Json.createObjectBuilder().add("reviewPointId", region.pointOne()).add("siteId", region.siteA())
                .add("levelId", level).add("conditionId", condition).build().toString();
        String etag = send("GET", "/api/v1/applications/" + id, token, null).header("ETag");
        String key = UUID.randomUUID().toString();
        Reply submitted = send("POST", "/api/v1/applications/" + id + "/submit", token, choices, "If-Match", etag,
                "Idempotency-Key", key);
        assertEquals(200, submitted.status(), submitted.text());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        Reply again = send("POST", "/api/v1/applications/" + id + "/submit", token, choices, "If-Match", etag,
                "Idempotency-Key", key);
        assertEquals(200, again.status(), again.text());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(submitted.json().getString("serialNumber"), again.json().getString("serialNumber"));
        send("POST", "/api/v1/applications/" + id + "/withdraw", token, null, "If-Match", etag, "Idempotency-Key", key)
                .problem(422, "api.idempotency.reused");
        send("POST", "/api/v1/applications/" + id + "/submit", token, choices, "If-Match", etag)
                .problem(412, "application.stale");

        // the reviewer decides through the service
        regionReviewer.run(() -> review.confirm(id, regionReviewer.call(() -> review.open(id)).version()));
        regionReviewer.run(() -> review.approve(id, regionReviewer.call(() -> review.open(id)).version()));
        JsonObject approved = send("GET", "/api/v1/applications/" + id, token, null).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertFalse(approved.getJsonArray("timeline").isEmpty());
        // the timeline's keys read as the pages' sentences, in the language asked for
        JsonObject english = send("GET", "/api/v1/messages", null, null, "Accept-Language", "en").json();
        for (JsonValue step : approved.getJsonArray("timeline")) {
            String stepKey = step.asJsonObject().getString("key");
            assertTrue(english.containsKey(stepKey), stepKey);
            assertNotEquals(send("GET", "/api/v1/messages", null, null).json().getString(stepKey),
                    english.getString(stepKey), "zh-CN by default, English when asked");
        }

        // pay in the sandbox: the order, the provider's page, the status after returning
        Reply order = send("POST", "/api/v1/applications/" + id + "/payment-order", token, null,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, order.status(), order.text());
        String payUrl = order.json().getString("payUrl");
        HttpResponse<String> paid = HTTP.send(HttpRequest.newBuilder(URI.create(payUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=pay")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(paid.statusCode() < 400, paid.body());
        String outcome = null;
        for (int i = 0; i < 50 && !"PAID".equals(outcome); i++) {
            outcome = send("GET", "/api/v1/applications/" + id + "/payment?providerSaidPaid=true", token, null).json()
                    .getString("outcome");
            if (!"PAID".equals(outcome)) {
                Thread.sleep(200);
            }
        }
        assertEquals("PAID", outcome);

        // the documents
        for (String document : new String[] {"registration-form", "receipt"}) {
            Reply pdf = send("GET", "/api/v1/applications/" + id + "/" + document, token, null);
            assertEquals(200, pdf.status(), document + ": " + pdf.text());
            assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
            assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        }
        // no seat yet: the ticket is refused with the reason, as the page says it
        send("GET", "/api/v1/applications/" + id + "/ticket", token, null).problem(409, null);
        // a room at the site, the fees closed and the printing window open, the seat job run: the ticket downloads
        admin.run(() -> places.createRoom(region.siteA(), "接口机房" + System.nanoTime() % 100000, 30, true));
        data.paymentDeadlinePassed(session);
        data.ticketPrintingOpenNow(session);
        long run = ticketRuns.start(session);
        JobOperator operator = BatchRuntime.getJobOperator();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED)
                .contains(operator.getJobExecution(run).getBatchStatus()) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertEquals(BatchStatus.COMPLETED, operator.getJobExecution(run).getBatchStatus());
        Reply ticket = send("GET", "/api/v1/applications/" + id + "/ticket", token, null);
        assertEquals(200, ticket.status(), ticket.text());
        assertEquals("%PDF-", new String(ticket.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(200, send("GET", "/api/v1/me/inbox", token, null).status());
    }

    /**
     * Tokens: another candidate's reach nothing (404, as if the record did not exist), none is 401, a tampered or
     * expired one 401; signing out revokes at once; a refresh token used twice revokes the whole sign-in.
     */
    public void anotherCandidatesAndBrokenTokensReachNothing() throws Exception {
        long session = region.session(1, ConfirmationMode.ONLINE, true);
        JsonObject owner = register(TestData.nextResidentId("330108"), "Phone2026");
        JsonObject other = register(TestData.nextResidentId("330108"), "Phone2026");
        String token = access(owner);
        Reply started = send("POST", "/api/v1/applications", token, Json.createObjectBuilder()
                .add("sessionId", session).add("regionId", region.id()).add("pledgeAccepted", true).build().toString());
        assertEquals(201, started.status(), started.text());
        long id = started.json().getJsonNumber("id").longValue();
        String etag = "\"v" + started.json().getJsonNumber("version").longValue() + "\"";
        String choices = "{}";

        String stranger = access(other);
        String[][] operations = {
                {"GET", "/api/v1/applications/" + id, null},
                {"GET", "/api/v1/applications/" + id + "/options", null},
                {"PUT", "/api/v1/applications/" + id + "/draft", choices},
                {"POST", "/api/v1/applications/" + id + "/submit", choices},
                {"POST", "/api/v1/applications/" + id + "/withdraw", null},
                {"POST", "/api/v1/applications/" + id + "/region", "{\"regionId\":" + region.id() + "}"},
                {"POST", "/api/v1/applications/" + id + "/resubmit", null},
                {"POST", "/api/v1/applications/" + id + "/payment-order", null},
                {"GET", "/api/v1/applications/" + id + "/payment", null},
                {"GET", "/api/v1/applications/" + id + "/registration-form", null},
                {"GET", "/api/v1/applications/" + id + "/receipt", null},
                {"GET", "/api/v1/applications/" + id + "/ticket", null},
                {"GET", "/api/v1/certificates/" + id, null},
                {"PUT", "/api/v1/certificates/" + id + "/delivery", "{\"method\":\"PICKUP\"}"}};
        for (String[] op : operations) {
            Reply reply = send(op[0], op[1], stranger, op[2], "If-Match", etag);
            reply.problem(404, "api.notFound");
            assertFalse(reply.text().contains(owner.getJsonObject("account").getString("maskedIdNumber")));
        }
        assertTrue(send("GET", "/api/v1/applications", stranger, null).array().isEmpty());
        // the uploads to someone else's application: refused as if it did not exist, with or without a usable file
        byte[] photo = TestImages.photo(260, 360, java.awt.Color.WHITE, 40);
        for (String upload : new String[] {"/api/v1/applications/" + id + "/exam-photo",
                "/api/v1/applications/" + id + "/confirmation-proofs/EDUCATION"}) {
            upload(upload, stranger, etag, null, photo).problem(404, "api.notFound");
            upload(upload, stranger + "x", etag, null, photo).problem(401, "api.token.invalid");
        }
        // the scores are each one's own
        assertEquals(200, send("GET", "/api/v1/me/scores", stranger, null).status());
        assertTrue(send("GET", "/api/v1/me/scores", stranger, null).json().getJsonArray("sittings").isEmpty());
        // the owner reaches the certificate choice of their own draft: refused by the rule (not yet), not hidden
        send("PUT", "/api/v1/certificates/" + id + "/delivery", token, "{\"method\":\"PICKUP\"}", "If-Match", "\"v0\"")
                .problem(400, "certificate.choice.notYet");
        send("PUT", "/api/v1/certificates/" + id + "/delivery", token, "{\"method\":\"PICKUP\"}").problem(428, null);
        assertEquals(200, send("GET", "/api/v1/certificates/" + id, token, null).status());
        assertTrue(send("GET", "/api/v1/certificates", stranger, null).array().isEmpty());

        TokenCaller ownerCaller = new TokenCaller(owner.getJsonObject("account").getJsonNumber("id").longValue(),
                AccountRole.CANDIDATE, "no-such-sign-in");
        String expired = AccessTokens.issue(secrets.key("api.access-token"), ownerCaller,
                Instant.now().minus(Duration.ofHours(1)));
        String[] tampered = token.split("\\.");
        String forged = tampered[0] + "." + tampered[1].substring(0, tampered[1].length() - 2) + "AA." + tampered[2];
        for (String[] op : operations) {
            send(op[0], op[1], null, op[2], "If-Match", etag).problem(401, "api.unauthorized");
            send(op[0], op[1], expired, op[2], "If-Match", etag).problem(401, "api.token.invalid");
            send(op[0], op[1], forged, op[2], "If-Match", etag).problem(401, "api.token.invalid");
        }
        send("GET", "/api/v1/me", token + "x", null).problem(401, "api.token.invalid");

        // refresh rotates; the old refresh token presented again signs that phone out entirely
        String refresh = owner.getJsonObject("tokens").getString("refreshToken");
        Reply rotated = send("POST", "/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}");
        assertEquals(200, rotated.status(), rotated.text());
        String nextAccess = rotated.json().getString("accessToken");
        assertEquals(200, send("GET", "/api/v1/me", nextAccess, null).status());
        send("POST", "/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}")
                .problem(401, "api.token.invalid");
        send("GET", "/api/v1/me", nextAccess, null).problem(401, "api.token.invalid");
        send("POST", "/api/v1/auth/refresh", null,
                "{\"refreshToken\":\"" + rotated.json().getString("refreshToken") + "\"}").problem(401, "api.token.invalid");
        assertEquals("REFRESH_REUSED", data.tokenFamilyRevocation(ownerCaller.accountId()));

        // signing out ends the other candidate's sign-in at once
        assertEquals(200, send("GET", "/api/v1/me", stranger, null).status());
        assertEquals(204, send("POST", "/api/v1/auth/sign-out", stranger, null).status());
        send("GET", "/api/v1/me", stranger, null).problem(401, "api.token.invalid");
    }

    /**
     * Every operation of the served OpenAPI document exists and is described: those that need a token answer 401
     * without one, with an expired one and with a tampered one (a route that did not exist would be 404), the others
     * answer without a server error; every error is a problem+json, never a stack trace or an HTML page.
     */
    public void everyDocumentedOperationIsServed() throws Exception {
        Reply document = send("GET", "/openapi", null, null, "Accept", "application/json");
        assertEquals(200, document.status());
        JsonObject paths = document.json().getJsonObject("paths");
        List<String> checked = new ArrayList<>();
        // broken tokens of a real candidate: expired, and with a claim changed after signing
        JsonObject someone = register(TestData.nextResidentId("330108"), "Phone2026");
        String token = access(someone);
        String expired = AccessTokens.issue(secrets.key("api.access-token"), new TokenCaller(
                someone.getJsonObject("account").getJsonNumber("id").longValue(), AccountRole.CANDIDATE, "gone"),
                Instant.now().minus(Duration.ofHours(1)));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/v1/")) {
                continue;
            }
            JsonObject operations = paths.getJsonObject(path);
            for (String method : operations.keySet()) {
                JsonObject operation = operations.getJsonObject(method);
                String name = method.toUpperCase() + " " + path;
                assertTrue(operation.containsKey("summary"), name + " has no summary");
                boolean secured = operation.containsKey("security") && !operation.getJsonArray("security").isEmpty();
                JsonObject documented = operation.getJsonObject("responses");
                assertTrue(documented.containsKey("400") && documented.containsKey("500")
                        && (!secured || documented.containsKey("401")), name + " documents " + documented.keySet());
                String concrete = path.replaceAll("\\{kind}", "EDUCATION").replaceAll("\\{[^}]+}", "987654321");
                boolean multipart = operation.containsKey("requestBody") && operation.getJsonObject("requestBody")
                        .getJsonObject("content").containsKey("multipart/form-data");
                Reply reply = multipart
                        ? (secured ? sendMultipartWithoutToken(method.toUpperCase(), concrete) : null)
                        : send(method.toUpperCase(), concrete, null, "{}", "If-Match", "\"v0\"");
                if (secured) {
                    reply.problem(401, "api.unauthorized");
                    for (String broken : new String[] {expired, forged}) {
                        Reply refused = multipart ? null
                                : send(method.toUpperCase(), concrete, broken, "{}", "If-Match", "\"v0\"");
                        if (refused != null) {
                            refused.problem(401, "api.token.invalid");
                        }
                    }
                } else if (reply != null) {
                    assertTrue(reply.status() < 500, name + " -> " + reply.status() + " " + reply.text());
                    assertNotEquals(405, reply.status(), name);
                    if (!path.contains("{")) {
                        assertNotEquals(404, reply.status(), name + " is documented but not served");
                    }
                    if (reply.status() >= 400) {
                        reply.problem(reply.status(), null);
                    }
                }
                checked.add(name);
            }
        }
        assertTrue(checked.size() >= 40, "operations checked: " + checked);
    }

    /** An empty multipart body, so that the content type matches and only the missing token can be refused. */
    private Reply sendMultipartWithoutToken(String method, String path) throws Exception {
        return reply(HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=empty").header("If-Match", "\"v0\"")
                .method(method, HttpRequest.BodyPublishers.ofString("--empty--\r\n")).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    private String basicInfo() {
        return Json.createObjectBuilder().add("homeRegionId", region.id()).add("education", "BACHELOR")
                .add("major", "公共卫生").add("medicalMajor", true).add("graduationDate", LocalDate.of(2010, 7, 1).toString())
                .add("workUnit", "测试单位").add("unitType", "PUBLIC_INSTITUTION").add("workYears", 10)
                .add("practiceCategory", "NONE").add("invoiceKind", "PERSONAL").build().toString();
    }
}
