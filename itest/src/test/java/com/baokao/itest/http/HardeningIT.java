package com.baokao.itest.http;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser hides, over plain HTTP against the shared Baokao (demo data): the headers and cookie flags of
 * pages, PDFs and files; error pages that say what happened; redirects that ignore a forged Host header; a file
 * past the limit; sign-in back to the page asked for; refusals that leave no stack trace in the log.
 */
@ExtendWith(BaokaoServer.class)
class HardeningIT {

    /** The demo candidate who has paid and holds an admission ticket (README). */
    private static final String PAID_CANDIDATE = "500106199208150028";
    private static final String DEMO_CANDIDATE = "110105199003071239";
    private static final String PASSWORD = "Exam2026";

    private BaokaoServer server;

    @BeforeEach
    void server() {
        server = BaokaoServer.get();
    }

    @Test
    void pagesPdfsAndFilesCarryTheSecurityHeadersAndTheSessionCookieItsFlags() {
        PageClient anonymous = new PageClient(server);
        HttpResponse<String> home = anonymous.get("/login.xhtml");
        assertSecurityHeaders(home.headers());
        String pagePolicy = home.headers().allValues("Content-Security-Policy").stream()
                .filter(policy -> policy.contains("script-src")).findFirst().orElseThrow();
        String scriptSources = pagePolicy.substring(pagePolicy.indexOf("script-src"));
        assertThat(scriptSources).contains("'self'").containsPattern("'nonce-[A-Za-z0-9+/=_-]+'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(pagePolicy).contains("object-src 'none'");
        String cookie = home.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).as("plain HTTP: not Secure").doesNotContainIgnoringCase("Secure;");
        // the inline script the pages used to carry is gone: only nonce'd or external scripts
        assertThat(home.body()).doesNotContain("onclick=\"var i=").doesNotContain("<script>setTimeout");

        PageClient candidate = new PageClient(server);
        HttpResponse<String> signedIn = candidate.signInAsCandidate(PAID_CANDIDATE, PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> centre = candidate.get(PageClient.redirectPath(signedIn));
        assertThat(centre.statusCode()).isEqualTo(200);
        long applicationId = ticketApplicationId(centre.body());
        HttpResponse<byte[]> form = candidate.getBytes("/candidate/form/" + applicationId);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertSecurityHeaders(form.headers());

        HttpResponse<byte[]> ticket = candidate.getBytes("/candidate/ticket/" + applicationId);
        assertThat(ticket.statusCode()).isEqualTo(200);
        assertSecurityHeaders(ticket.headers());

        HttpResponse<byte[]> picture = anonymous.getBytes("/captcha.jpg");
        assertThat(picture.statusCode()).isEqualTo(200);
        assertSecurityHeaders(picture.headers());
        assertSecurityHeaders(anonymous.get("/api/health").headers());
    }

    @Test
    void theAnonymousHomePageIsKeptButEveryAnswerHasItsOwnNonceAndNoSession() {
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (String language : new String[] {"zh", "en", "zh", "en"}) {
            PageClient anonymous = new PageClient(server);
            HttpResponse<String> home = anonymous.get("/index.xhtml", Map.of("Cookie", "bk_lang=" + language));
            assertThat(home.statusCode()).isEqualTo(200);
            assertSecurityHeaders(home.headers());
            assertThat(home.headers().allValues("Set-Cookie")).as("an anonymous view creates no session").isEmpty();
            assertThat(home.body()).contains("en".equals(language) ? "Sign in" : "登录");
            Matcher policy = Pattern.compile("'nonce-([^']+)'").matcher(String.join(" ",
                    home.headers().allValues("Content-Security-Policy")));
            assertThat(policy.find()).as("a nonce in the page's policy").isTrue();
            String nonce = policy.group(1);
            assertThat(home.body()).as("the page's scripts carry the policy's nonce").contains("nonce=\"" + nonce + "\"");
            assertThat(nonces.add(nonce)).as("no two answers share a nonce, kept page or not").isTrue();
        }
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'self'"));
        assertThat(headers.firstValue("Server")).as("no product banner").isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
        assertThat(headers.firstValue("Strict-Transport-Security")).as("only over TLS").isEmpty();
    }

    /** The demo candidate's HR2026D application (the exam in its ticket-printing window), from her centre's links. */
    private static long ticketApplicationId(String page) {
        Matcher id = Pattern.compile("application\\.xhtml\\?id=(\\d+)[^>]*>[^<]*第四季度").matcher(page);
        assertThat(id.find()).as("the HR2026D application on the personal centre").isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void aBrokenLinkIsAPageThatDoesNotExistAndTheErrorPagesCanBeShown() {
        PageClient candidate = new PageClient(server);
        candidate.signInAsCandidate(DEMO_CANDIDATE, PASSWORD);
        for (String broken : new String[] {"/candidate/paid.xhtml?id=abc", "/candidate/application.xhtml?id=abc",
                "/candidate/application.xhtml?id=1e9", "/candidate/apply.xhtml?session=x", "/candidate/receipt/abc"}) {
            HttpResponse<String> page = candidate.get(broken);
            assertThat(page.statusCode()).as(broken).isEqualTo(404);
            assertThat(page.body()).as(broken).contains("页面不存在").doesNotContain("\tat ").doesNotContain("Caused by");
        }
        // the pages the container forwards errors to are real pages, not 403s
        HttpResponse<String> error = candidate.get("/error/error.xhtml");
        assertThat(error.statusCode()).isEqualTo(200);
        assertThat(error.body()).contains("出错了");
    }

    @Test
    void redirectsNeverGoToTheHostTheClientClaims() throws IOException {
        String head = rawGet("/candidate/home.xhtml", "evil.example");
        assertThat(head).startsWith("HTTP/1.1 302");
        String location = head.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst().orElseThrow()
                .substring(9).strip();
        URI target = URI.create(location);
        assertThat(target.getHost()).as(location).isNotEqualTo("evil.example");
        assertThat(target.getPath()).isEqualTo("/login.xhtml");
    }

    /** A request with a Host header of our choosing, which java.net.http does not allow. */
    private String rawGet(String path, String host) throws IOException {
        URI base = URI.create(server.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        }
    }

    @Test
    void aFileLargerThanTheLimitIsToldSoAndNothingIsStored() {
        PageClient candidate = new PageClient(server);
        candidate.signInAsCandidate(DEMO_CANDIDATE, PASSWORD);
        String token = candidate.apiToken(DEMO_CANDIDATE, PASSWORD);
        String before = candidate.api("GET", "/api/v1/profile", token, null).body();
        HttpResponse<String> profile = candidate.get("/candidate/profile.xhtml");
        byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
        twelveMegabytes[0] = (byte) 0xFF;
        twelveMegabytes[1] = (byte) 0xD8;
        HttpResponse<String> upload = candidate.postFile("/candidate/profile.xhtml", PageClient.viewState(profile),
                Map.of("photoForm", "photoForm"), "photoForm:photo", "big.jpg", twelveMegabytes);
        assertThat(upload.statusCode()).isEqualTo(303);
        HttpResponse<String> told = candidate.get(PageClient.redirectPath(upload));
        assertThat(told.statusCode()).isEqualTo(200);
        assertThat(told.body()).contains("文件太大").contains("10 MB");
        assertThat(candidate.api("GET", "/api/v1/profile", token, null).body())
                .as("the stored profile as it was").isEqualTo(before);
    }

    @Test
    void signingInFromAProtectedPageLandsOnThatPage() {
        PageClient visitor = new PageClient(server);
        HttpResponse<String> asked = visitor.get("/candidate/inbox.xhtml");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(PageClient.redirectPath(asked)).isEqualTo("/login.xhtml");
        HttpResponse<String> signedIn = visitor.signInAsCandidate(DEMO_CANDIDATE, PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(PageClient.redirectPath(signedIn)).isEqualTo("/candidate/inbox.xhtml");
    }

    @Test
    void refusedAccessIsQuietInTheLog() throws IOException {
        PageClient candidate = new PageClient(server);
        candidate.signInAsCandidate(DEMO_CANDIDATE, PASSWORD);
        long logBefore = server.logText().length();
        for (int id = 1; id <= 20; id++) {
            for (String path : new String[] {"/candidate/receipt/", "/candidate/ticket/", "/candidate/form/",
                    "/candidate/paid.xhtml?id="}) {
                HttpResponse<String> refused = candidate.get(path + id);
                assertThat(refused.statusCode()).as(path + id).isIn(404, 302);
            }
        }
        String written = server.logText().substring((int) logBefore);
        assertThat(written).doesNotContain("EJBAccessException").doesNotContain("system exception")
                .doesNotContain("\tat com.baokao");
    }

    @Test
    void startUpRoutesLibraryLoggingToTheServerLog() throws IOException {
        assertThat(server.logText()).doesNotContain("could not find a logging provider");
    }
}
