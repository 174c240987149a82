package com.baokao.web.admission;

import com.baokao.account.AccountRole;
import com.baokao.account.token.TokenCaller;
import com.baokao.admission.WaitingRoom;
import com.baokao.admission.WaitingRoom.Waiting;
import com.baokao.web.LocaleView;
import com.baokao.web.security.BaokaoAuthentication;
import com.baokao.web.security.BrowserSecurity;
import com.baokao.web.security.PublicAddress;
import com.baokao.web.security.Roles;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Admission control in front of the signed-in candidate's path: the pages under {@code /candidate/} and the phone
 * API's operations for a candidate's token (not sign-in and tokens, the catalogue, the message texts or the public
 * score query, which are cheap or public). Staff and public pages are never queued.
 * <p>
 * A page visitor is known by the {@value #PASS_COOKIE} cookie (random, {@code HttpOnly}, {@code SameSite=Lax},
 * {@code Secure} over TLS; a client that does not keep it is known by its session instead); a phone by its sign-in
 * (the token family of its bearer token, hashed), so refreshing the token keeps the pass. A request of a visitor
 * who holds a pass, POSTs included, goes ahead at once. One who does not hold one is answered at once without
 * being processed: a page gets {@link WaitingPage} (200, no session made), the API 429 with Retry-After; either
 * way the client asks again, and what it sends then is processed once (the API's Idempotency-Key makes a repeated
 * submission safe). Signing out gives the pass back.
 */
@WebFilter(filterName = "WaitingRoom", urlPatterns = {"/candidate/*", "/api/v1/*"}, asyncSupported = true)
public class AdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASS_COOKIE = "BKPASS";
    private static final Pattern PASS_VALUE = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final String API = "/api/v1/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient AdmissionGate gate;

    @Inject
    transient Instance<LocaleView> sessionLanguage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!gate.on()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            api(path.length() > API.length() ? path.substring(API.length()) : "", request, response, chain);
        } else {
            page(request, response, chain);
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || !request.isUserInRole(Roles.CANDIDATE)) {
            // not signed in: the container has already sent the visitor to the sign-in page
            chain.doFilter(request, response);
            return;
        }
        String pass = passOf(request, response);
        WaitingRoom.Verdict verdict = gate.room().enter("page:" + pass);
        if (verdict instanceof Waiting waiting) {
            BrowserSecurity.headers(request, response);
            WaitingPage.send(request, response, waiting, pageLanguage(request));
            return;
        }
        boolean hadSession = request.getRequestedSessionId() != null;
        chain.doFilter(request, response);
        if (hadSession && request.getSession(false) == null) {
            // signed out (the session was invalidated): the pass is free for the next in line
            gate.room().leave("page:" + pass);
        }
    }

    private void api(String operation, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TokenCaller caller = (TokenCaller) request.getAttribute(BaokaoAuthentication.TOKEN_CALLER);
        if (caller == null || caller.role() != AccountRole.CANDIDATE || open(operation)) {
            chain.doFilter(request, response);
            if (caller != null && "auth/sign-out".equals(operation) && response.getStatus() < 300) {
                gate.room().leave(apiKey(caller));
            }
            return;
        }
        WaitingRoom.Verdict verdict = gate.room().enter(apiKey(caller));
        if (verdict instanceof Waiting waiting) {
            BrowserSecurity.headers(request, response);
            WaitingPage.sendProblem(request, response, waiting);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The language the visitor chose in the pages (kept in their session), else the browser's preference. */
    private Locale pageLanguage(HttpServletRequest request) {
        try {
            if (sessionLanguage.get().isEnglish()) {
                return Locale.ENGLISH;
            }
        } catch (RuntimeException noSessionContext) {
            // fall back to Accept-Language
        }
        return WaitingPage.language(request);
    }

    /** Operations that are not queued: signing in and out, tokens, CAPTCHA, and what anyone may read. */
    static boolean open(String operation) {
        return operation.startsWith("auth/") || operation.startsWith("catalogue") || operation.equals("messages")
                || operation.startsWith("score-query");
    }

    /** A phone's key: its sign-in (token family), hashed; the token itself is never kept or logged. */
    private static String apiKey(TokenCaller caller) {
        return "api:" + hash("sign-in:" + caller.familyId());
    }

    /**
     * The page visitor's pass id: the cookie's, or a new one given now (the hash of the visitor's session id when
     * the request names a session, so a client that drops the cookie stays one visitor; random otherwise).
     */
    private static String passOf(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PASS_COOKIE.equals(cookie.getName()) && PASS_VALUE.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        String session = request.getRequestedSessionId();
        String pass;
        if (session != null && request.isRequestedSessionIdValid()) {
            pass = hash("session:" + session);
        } else {
            byte[] random = new byte[18];
            RANDOM.nextBytes(random);
            pass = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", PASS_COOKIE + "=" + pass + "; Path=" + path + "; HttpOnly; SameSite=Lax"
                + (PublicAddress.servedOverTls(request) ? "; Secure" : ""));
        return pass;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
