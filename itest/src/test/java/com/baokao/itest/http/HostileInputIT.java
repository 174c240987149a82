package com.baokao.itest.http;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.PageClient;
import com.baokao.itest.support.SignIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input, table-driven, against the shared Baokao (demo data): registration, the profile's fields, photo
 * and proof files, applications, the payment notification and page links. Every case must get a clear refusal
 * (a 4xx status and, from the API, a problem+json with a sentence), never a 500 or a stack trace; afterwards
 * nothing was stored (no account for the refused registrations, the profile as it was) and the server log gained
 * no stack trace.
 */
@ExtendWith(BaokaoServer.class)
class HostileInputIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PASSWORD = "Hostile2026";
    private static final String PAID_CANDIDATE = "500106199208150028";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static BaokaoServer server;
    private static String candidateId;
    private static String token;
    private static String profileBefore;
    private static String etag;
    private static long regionId;
    private static long othersApplication;
    private static int logBefore;
    private static final List<String> refusedRegistrations = new ArrayList<>();

    /** One hostile request, what it is, and the statuses that count as a clear refusal of it. */
    record Hostile(String what, Function<Void, HttpResponse<String>> request, Set<Integer> refusals, boolean api) {
    }

    @BeforeAll
    static void aCandidateOfItsOwn() throws IOException {
        server = BaokaoServer.get();
        logBefore = server.logText().length();
        String id = SignIns.newId("320106");
        candidateId = id;
        HttpResponse<String> registered = send("POST", "/api/v1/auth/register", null, registration(id, Map.of()), Map.of());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        token = new PageClient(server).apiToken(id, PASSWORD);
        regionId = Long.parseLong(first("\"id\"\\s*:\\s*(\\d+)", send("GET", "/api/v1/catalogue/regions", null, null, Map.of()).body()));
        HttpResponse<String> profile = send("GET", "/api/v1/profile", token, null, Map.of());
        profileBefore = profile.body();
        etag = profile.headers().firstValue("ETag").orElse("\"v0\"");
        String paidToken = new PageClient(server).apiToken(PAID_CANDIDATE, "Exam2026");
        othersApplication = Long.parseLong(first("\"id\"\\s*:\\s*(\\d+)",
                send("GET", "/api/v1/applications", paidToken, null, Map.of()).body()));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputGetsAClearRefusal() {
        List<Hostile> cases = new ArrayList<>();
        registrationCases(cases);
        basicInfoCases(cases);
        fileCases(cases);
        applicationCases(cases);
        notificationCases(cases);
        pageCases(cases);
        assertThat(cases).as("at least 60 hostile cases").hasSizeGreaterThanOrEqualTo(60);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.what(), () -> {
            HttpResponse<String> answer = c.request().apply(null);
            assertThat(answer.statusCode()).as(c.what() + ": " + answer.body()).isIn(c.refusals());
            assertThat(answer.body()).as(c.what()).doesNotContain("\tat ").doesNotContain("Exception:")
                    .doesNotContain("<script>alert");
            if (c.api()) {
                assertThat(answer.headers().firstValue("Content-Type")).as(c.what())
                        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
                assertThat(first("\"detail\"\\s*:\\s*\"([^\"]*)\"", answer.body())).as(c.what()).isNotBlank();
            }
        }));
    }

    @AfterAll
    static void nothingStoredAndNothingLeakedToTheLog() throws IOException {
        HttpResponse<String> profile = send("GET", "/api/v1/profile", token, null, Map.of());
        assertThat(profile.body()).as("the profile as it was").isEqualTo(profileBefore);
        for (String id : refusedRegistrations) {
            HttpResponse<String> signIn = send("POST", "/api/v1/auth/token", null,
                    "{\"idType\":\"RESIDENT_ID\",\"idNumber\":\"" + id + "\",\"password\":\"" + PASSWORD + "\"}", Map.of());
            assertThat(signIn.statusCode()).as("no account for the refused registration of " + id).isEqualTo(401);
        }
        String written = server.logText().substring(logBefore);
        assertThat(written).as("no stack trace in the server log").doesNotContain("\tat com.baokao")
                .doesNotContain("system exception");
    }

    // ---- registration: every field hostile in turn, each with a fresh valid ID number and CAPTCHA

    private static void registrationCases(List<Hostile> cases) {
        Map<String, Object> hostile = new LinkedHashMap<>();
        hostile.put("name with markup", Map.of("name", "<script>alert(1)</script>"));
        hostile.put("name with a right-to-left override only", Map.of("name", "\u202E"));
        hostile.put("name of 100 characters", Map.of("name", "张".repeat(100)));
        hostile.put("name with SQL", Map.of("name", "王'; DROP TABLE account;--"));
        hostile.put("name with digits", Map.of("name", "王小明2"));
        hostile.put("phone of letters", Map.of("phone", "abcdefghijk"));
        hostile.put("phone of 200 digits", Map.of("phone", "1".repeat(200)));
        hostile.put("e-mail with markup", Map.of("email", "\"><script>alert(1)</script>@x.com"));
        hostile.put("e-mail with a header injection", Map.of("email", "a@example.com\r\nBcc: all@example.com"));
        hostile.put("e-mail of 300 characters", Map.of("email", "a".repeat(290) + "@example.com"));
        hostile.put("password too short", Map.of("password", "Ab1", "passwordRepeat", "Ab1"));
        hostile.put("password repeated wrongly", Map.of("passwordRepeat", "Other2026"));
        hostile.put("wrong CAPTCHA answer", Map.of("captchaAnswer", "WRONG"));
        hostile.put("CAPTCHA answer missing", Map.of("captchaAnswer", ""));
        hostile.put("CAPTCHA id of another world", Map.of("captchaId", "../../etc/passwd"));
        hostile.put("agreement not accepted", Map.of("agreementAccepted", false));
        hostile.forEach((what, overrides) -> cases.add(api("registration: " + what, Set.of(400, 422), v -> {
            String id = SignIns.newId("320106");
            refusedRegistrations.add(id);
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) overrides;
            return send("POST", "/api/v1/auth/register", null, registration(id, fields), Map.of());
        })));
        String wrongCheckDigit = SignIns.newId("320106");
        String broken = wrongCheckDigit.substring(0, 17) + (wrongCheckDigit.charAt(17) == '1' ? "2" : "1");
        cases.add(api("registration: ID number with a wrong check digit", Set.of(400, 422),
                v -> send("POST", "/api/v1/auth/register", null, registration(broken, Map.of()), Map.of())));
        cases.add(api("registration: ID number of SQL", Set.of(400, 422),
                v -> send("POST", "/api/v1/auth/register", null, registration("1' OR '1'='1", Map.of()), Map.of())));
        cases.add(api("registration: ID number of 5,000 digits", Set.of(400, 422),
                v -> send("POST", "/api/v1/auth/register", null, registration("1".repeat(5000), Map.of()), Map.of())));
        cases.add(api("registration: an ID type nobody has", Set.of(400, 422),
                v -> send("POST", "/api/v1/auth/register", null,
                        registration(SignIns.newId("320106"), Map.of()).replace("RESIDENT_ID", "ALIEN_ID"), Map.of())));
        cases.add(api("registration: not JSON", Set.of(400, 415, 422),
                v -> send("POST", "/api/v1/auth/register", null, "{\"name\": ", Map.of())));
        cases.add(api("registration: a number where text belongs", Set.of(400, 422),
                v -> send("POST", "/api/v1/auth/register", null, "{\"name\": 12345, \"agreementAccepted\": \"yes\"}", Map.of())));
        cases.add(api("registration: no body", Set.of(400, 415, 422),
                v -> send("POST", "/api/v1/auth/register", null, null, Map.of())));
        cases.add(api("registration: one megabyte of name", Set.of(400, 413, 422),
                v -> send("POST", "/api/v1/auth/register", null,
                        registration(SignIns.newId("320106"), Map.of("name", "张".repeat(350_000))), Map.of())));
        cases.add(api("sign-in: SQL for the ID number", Set.of(400, 401),
                v -> send("POST", "/api/v1/auth/token", null,
                        "{\"idType\":\"RESIDENT_ID\",\"idNumber\":\"' OR 1=1 --\",\"password\":\"x\"}", Map.of())));
    }

    /** A registration as the phone sends it, with a fresh CAPTCHA (answer fixed for tests) and the overrides. */
    private static String registration(String idNumber, Map<String, Object> overrides) {
        String captchaId = first("\"id\"\\s*:\\s*\"([^\"]+)\"", send("POST", "/api/v1/auth/captcha", null, null, Map.of()).body());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("agreementAccepted", true);
        fields.put("name", "敌意考生");
        fields.put("idType", "RESIDENT_ID");
        fields.put("idNumber", idNumber);
        fields.put("phone", "13912345678");
        fields.put("email", "hostile-" + idNumber + "@example.com");
        fields.put("password", PASSWORD);
        fields.put("passwordRepeat", PASSWORD);
        fields.put("captchaId", captchaId);
        fields.put("captchaAnswer", BaokaoServer.CAPTCHA_ANSWER);
        fields.putAll(overrides);
        return json(fields);
    }

    // ---- the profile's basic information: one hostile field at a time, on top of a valid form

    private void basicInfoCases(List<Hostile> cases) {
        Map<String, Map<String, Object>> hostile = new LinkedHashMap<>();
        hostile.put("work unit of 201 characters", Map.of("workUnit", "单".repeat(201)));
        hostile.put("work unit of zero-width spaces only", Map.of("workUnit", "\u200B\u200B\u202E"));
        hostile.put("major of 101 characters", Map.of("major", "学".repeat(101)));
        hostile.put("an education that does not exist", Map.of("education", "PHD_OF_HACKING"));
        hostile.put("a region that does not exist", Map.of("homeRegionId", 987654321L));
        hostile.put("a negative region", Map.of("homeRegionId", -1L));
        hostile.put("graduation in the future", Map.of("graduationDate", "2999-01-01"));
        hostile.put("graduation not a date", Map.of("graduationDate", "yesterday"));
        hostile.put("negative work years", Map.of("workYears", -5));
        hostile.put("a thousand work years", Map.of("workYears", 1000));
        hostile.put("a unit type that does not exist", Map.of("unitType", "SECRET_SOCIETY"));
        hostile.put("company invoice without a company", Map.of("invoiceKind", "COMPANY"));
        hostile.put("company invoice with a taxpayer id of markup", Map.of("invoiceKind", "COMPANY",
                "invoiceCompany", "某公司", "invoiceTaxpayerId", "<b>91500000</b>"));
        hostile.forEach((what, overrides) -> cases.add(api("basic information: " + what, Set.of(400, 422),
                v -> send("PUT", "/api/v1/profile/basic-info", token, basicInfo(overrides), Map.of("If-Match", etag)))));
        cases.add(api("basic information: without If-Match", Set.of(428),
                v -> send("PUT", "/api/v1/profile/basic-info", token, basicInfo(Map.of("workUnit", "单".repeat(201))), Map.of())));
        cases.add(api("basic information: a version from another time", Set.of(400, 412, 422),
                v -> send("PUT", "/api/v1/profile/basic-info", token, basicInfo(Map.of("workUnit", "单".repeat(201))),
                        Map.of("If-Match", "\"v999\""))));
        cases.add(api("basic information: If-Match of markup", Set.of(400, 412, 428),
                v -> send("PUT", "/api/v1/profile/basic-info", token, basicInfo(Map.of()), Map.of("If-Match", "<script>"))));
        cases.add(api("basic information: not JSON", Set.of(400, 415, 422),
                v -> send("PUT", "/api/v1/profile/basic-info", token, "[1,2,", Map.of("If-Match", etag))));
    }

    private static String basicInfo(Map<String, Object> overrides) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("homeRegionId", regionId);
        fields.put("education", "BACHELOR");
        fields.put("major", "公共卫生");
        fields.put("medicalMajor", true);
        fields.put("graduationDate", "2010-07-01");
        fields.put("workUnit", "测试单位");
        fields.put("unitType", "PUBLIC_INSTITUTION");
        fields.put("workYears", 10);
        fields.put("practiceCategory", "NONE");
        fields.put("invoiceKind", "PERSONAL");
        fields.putAll(overrides);
        return json(fields);
    }

    // ---- photo and proof files: the wrong format, broken, empty, a bomb, too large, or no file at all

    private void fileCases(List<Hostile> cases) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] truncated = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        // a JPEG header claiming 60,000 × 60,000 pixels: refused before anything is decoded
        byte[] bomb = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) 0xEA, 0x60, (byte) 0xEA, 0x60,
                3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, (byte) 0xFF, (byte) 0xD9};
        byte[] text = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[4096];
        new java.util.Random(16).nextBytes(random);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a PNG named .jpg", png);
        files.put("a GIF", gif);
        files.put("a truncated JPEG", truncated);
        files.put("a decompression bomb", bomb);
        files.put("a script named .jpg", text);
        files.put("random bytes", random);
        files.put("an empty file", new byte[0]);
        files.forEach((what, bytes) -> {
            cases.add(api("photo: " + what, Set.of(400, 413, 422),
                    v -> upload("/api/v1/profile/photo", bytes, "file")));
            cases.add(api("work proof: " + what, Set.of(400, 404, 413, 422),
                    v -> upload("/api/v1/profile/proofs/WORK", bytes, "file")));
        });
        cases.add(api("photo: twelve megabytes", Set.of(400, 413, 422),
                v -> upload("/api/v1/profile/photo", new byte[12 * 1024 * 1024], "file")));
        cases.add(api("photo: the file under another part name", Set.of(400, 422),
                v -> upload("/api/v1/profile/photo", truncated, "attachment")));
        cases.add(api("proof: a kind that does not exist", Set.of(400, 404, 422),
                v -> upload("/api/v1/profile/proofs/PASSWORD_FILE", truncated, "file")));
        cases.add(api("photo: JSON instead of a file", Set.of(400, 415, 422),
                v -> send("PUT", "/api/v1/profile/photo", token, "{\"file\":\"x\"}", Map.of("If-Match", etag))));
    }

    private static HttpResponse<String> upload(String path, byte[] file, String part) {
        String boundary = "bk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return exchange(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token).header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    // ---- applications: ids that are not numbers, not there, or another candidate's

    private void applicationCases(List<Hostile> cases) {
        for (String id : List.of("abc", "-1", "99999999999", "1e9", "1;DROP")) {
            cases.add(api("application " + id, Set.of(400, 404),
                    v -> send("GET", "/api/v1/applications/" + URLEncoder.encode(id, StandardCharsets.UTF_8), token, null, Map.of())));
        }
        cases.add(api("another candidate's application", Set.of(403, 404),
                v -> send("GET", "/api/v1/applications/" + othersApplication, token, null, Map.of())));
        cases.add(api("another candidate's admission ticket", Set.of(403, 404),
                v -> send("GET", "/api/v1/applications/" + othersApplication + "/ticket", token, null,
                        Map.of("Accept", "application/pdf, application/problem+json"))));
        cases.add(api("withdrawing another candidate's application", Set.of(403, 404, 428),
                v -> send("POST", "/api/v1/applications/" + othersApplication + "/withdraw", token, null,
                        Map.of("If-Match", "\"v1\""))));
        cases.add(api("paying for another candidate's application", Set.of(403, 404),
                v -> send("POST", "/api/v1/applications/" + othersApplication + "/payment-order", token, null, Map.of())));
        cases.add(api("starting an application for a session that does not exist", Set.of(400, 404, 422),
                v -> send("POST", "/api/v1/applications", token, "{\"sessionId\": 987654321}", Map.of())));
        cases.add(api("starting an application with a session of text", Set.of(400, 404, 422),
                v -> send("POST", "/api/v1/applications", token, "{\"sessionId\": \"<script>\"}", Map.of())));
    }

    // ---- the payment provider's notification, forged in the ways a forger would try

    private static void notificationCases(List<Hostile> cases) {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("nothing at all", "");
        forged.put("a signature of zeros", "merchant=baokao&orderNo=BK1&transactionId=T1&amountFen=17500&status=PAID&sign=" + "0".repeat(64));
        forged.put("no signature", "merchant=baokao&orderNo=BK1&transactionId=T1&amountFen=17500&status=PAID");
        forged.put("an order number of 10,000 characters", "orderNo=" + "9".repeat(10_000) + "&sign=abc");
        forged.put("SQL in the order number", "orderNo=" + URLEncoder.encode("BK1' OR '1'='1", StandardCharsets.UTF_8) + "&sign=abc");
        forged.put("a negative amount", "orderNo=BK1&amountFen=-17500&sign=abc");
        forged.forEach((what, form) -> cases.add(new Hostile("payment notification: " + what,
                v -> exchange(HttpRequest.newBuilder(URI.create(server.url("/api/payments/notify")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))), Set.of(400), false)));
    }

    // ---- page links with broken, foreign or hostile parameters

    private static void pageCases(List<Hostile> cases) {
        for (String path : List.of("/candidate/application.xhtml?id=abc", "/candidate/paid.xhtml?id=%3Cscript%3E",
                "/candidate/apply.xhtml?session=-x", "/candidate/receipt/abc", "/candidate/ticket/-1",
                "/candidate/form/99999999999", "/files/abc", "/files/-1", "/candidate/receipt/1%2F..%2F..%2Fetc%2Fpasswd")) {
            cases.add(new Hostile("page " + path, v -> signedInPage().get(path), Set.of(400, 404), false));
        }
        cases.add(new Hostile("another candidate's receipt page", v -> signedInPage().get("/candidate/receipt/" + othersApplication),
                Set.of(403, 404), false));
        // not refused but never reflected: the common check finds no "<script>alert" in the page
        cases.add(new Hostile("a script in a page's query", v -> new PageClient(server)
                .get("/login.xhtml?x=%3Cscript%3Ealert(1)%3C/script%3E"), Set.of(200, 400), false));
    }

    private static PageClient page;

    private static PageClient signedInPage() {
        if (page == null) {
            page = new PageClient(server);
            page.signInAsCandidate(candidateId, PASSWORD);
        }
        return page;
    }

    // ---- plumbing

    private static Hostile api(String what, Set<Integer> refusals, Function<Void, HttpResponse<String>> request) {
        return new Hostile(what, request, refusals, true);
    }

    private static HttpResponse<String> send(String method, String path, String bearer, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::setHeader);
        return exchange(request);
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return matcher.group(1);
    }

    /** A tiny JSON writer for flat objects of text, numbers and booleans. */
    private static String json(Map<String, Object> fields) {
        return fields.entrySet().stream().map(e -> quote(e.getKey()) + ":" + (e.getValue() instanceof String s ? quote(s)
                : String.valueOf(e.getValue()))).collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c));
            }
        });
        return out.append('"').toString();
    }
}
