package com.baokao.itest.support;

import com.baokao.account.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;

/** The browser steps every journey starts with: a new candidate, signing in as a candidate or as staff. */
public final class SignIns {

    /** Random start: a server kept between runs (-Dbaokao.it.url) already holds the ids of earlier runs. */
    private static final AtomicInteger IDS = new AtomicInteger(new java.util.Random().nextInt(3000));

    private SignIns() {
    }

    /** A valid resident ID nobody else in this run uses (Nanjing, born 1988 onwards; {@code district} keeps test classes apart). */
    public static String newId(String district) {
        int n = IDS.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n * 3L);
        String first17 = String.format("%s%04d%02d%02d%03d", district, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 100 + n % 900);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static void register(Browser browser, BaokaoServer server, String name, String id, String email, String password) {
        browser.open(server.url("/register.xhtml"));
        browser.tick("registerForm:agreement");
        browser.type("registerForm:name", name);
        browser.type("registerForm:idNumber", id);
        browser.leave("registerForm:idNumber");
        browser.byId("registerForm:derived");
        browser.type("registerForm:phone", "13912345678");
        browser.type("registerForm:email", email);
        browser.type("registerForm:password", password);
        browser.type("registerForm:passwordRepeat", password);
        browser.type("registerForm:captcha", BaokaoServer.CAPTCHA_ANSWER.toLowerCase(Locale.ROOT));
        browser.clickAndWaitForPage("registerForm:submit");
    }

    public static void candidate(Browser browser, BaokaoServer server, String id, String password) {
        browser.open(server.url("/login.xhtml"));
        String session = sessionCookie(browser);
        browser.type("loginForm:idNumber", id);
        browser.type("loginForm:password", password);
        browser.clickAndWaitForPage("loginForm:submit");
        signedIn(browser, id, session);
    }

    public static void staff(Browser browser, BaokaoServer server, String username, String password) {
        // the staff's bookmark opens the username form directly (the mode switch is tested by staffModeSwitch)
        browser.open(server.url("/login.xhtml?staff=true"));
        String session = sessionCookie(browser);
        browser.type("loginForm:username", username);
        browser.type("loginForm:password", password);
        browser.clickAndWaitForPage("loginForm:submit");
        signedIn(browser, username, session);
    }

    /** Fails with what the login page says when a sign-in did not leave it (a refusal would otherwise surface later). */
    private static void signedIn(Browser browser, String who, String sessionAfterLoginPage) {
        if (browser.currentPath().endsWith("/login.xhtml")) {
            throw new AssertionError("sign-in of " + who + " stayed on the login page: " + browser.text());
        }
        if (browser.currentPath().endsWith("/expired.xhtml")) {
            // seen once in a CI run, not reproduced: say whether the login page had given the browser its session
            throw new AssertionError("sign-in of " + who + " found its login form expired; session cookie after the"
                    + " login page: " + sessionAfterLoginPage + ", now: " + sessionCookie(browser));
        }
    }

    private static String sessionCookie(Browser browser) {
        org.openqa.selenium.Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "none" : "present (" + cookie.getValue().length() + " characters, path " + cookie.getPath() + ")";
    }

    public static void signOut(Browser browser, BaokaoServer server) {
        browser.driver().manage().deleteAllCookies();
        browser.open(server.url("/index.xhtml"));
    }
}
