package com.baokao.itest.browser;

import com.baokao.account.IdDocument;
import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person clicks: register, sign out, sign in, the personal centre, refusals in both languages,
 * the CAPTCHA after repeated failures, the forgotten-password code, an expired page and a phone screen.
 * One Baokao (demo data) serves every test; each test works with accounts of its own.
 */
@ExtendWith(BaokaoServer.class)
class CandidateJourneyIT {

    private static final String DEMO_CANDIDATE = "110105199003071239";
    private static Browser browser;
    private BaokaoServer server;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1280, 1000);
    }

    /** The pages work under the Content-Security-Policy: nothing it refused on the way through this test. */
    @AfterEach
    void nothingRefusedByTheContentSecurityPolicy() {
        assertThat(browser.cspViolations()).as("console reports of the Content-Security-Policy").isEmpty();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshSession() {
        server = BaokaoServer.get();
        browser.open(server.url("/index.xhtml"));
        browser.driver().manage().deleteAllCookies();
    }

    private static String newId() {
        return SignIns.newId("320102");
    }

    private void register(String name, String id, String email, String password) {
        SignIns.register(browser, server, name, id, email, password);
    }

    private void signInAsCandidate(String id, String password) {
        SignIns.candidate(browser, server, id, password);
    }

    @Test
    void registerSignOutSignInAndSeeThePersonalCentre() throws IOException {
        String id = newId();
        String name = "欧阳\uD842\uDFB7"; // a supplementary-plane character, as in real names
        register(name, id, "journey-" + id + "@example.com", "Journey2026");

        assertThat(browser.currentPath()).isEqualTo("/candidate/home.xhtml");
        browser.waitForText("注册成功");
        assertThat(browser.byId("accountName").getText()).isEqualTo(name);
        assertThat(browser.byId("accountId").getText()).isEqualTo(IdDocument.mask(id));
        assertThat(browser.byId("accountBirthDate").getText())
                .isEqualTo(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        assertThat(browser.byId("profileStatus").getText()).contains("尚未填写");
        browser.screenshot("personal-centre");

        browser.clickAndWaitForPage("navForm:signOut");
        browser.waitForText("您已安全退出");
        browser.open(server.url("/candidate/home.xhtml"));
        assertThat(browser.currentPath()).isEqualTo("/login.xhtml");

        signInAsCandidate(id.toLowerCase(Locale.ROOT), "Journey2026");
        assertThat(browser.currentPath()).isEqualTo("/candidate/home.xhtml");
        assertThat(browser.byId("accountName").getText()).isEqualTo(name);
    }

    @Test
    void anonymousVisitorIsSentToSignInThenBackWithANewSessionId() {
        browser.open(server.url("/candidate/home.xhtml"));
        assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        browser.type("loginForm:idNumber", DEMO_CANDIDATE);
        browser.type("loginForm:password", "Exam2026");
        browser.clickAndWaitForPage("loginForm:submit");

        assertThat(browser.currentPath()).isEqualTo("/candidate/home.xhtml");
        assertThat(browser.byId("accountName").getText()).isEqualTo("王小明");
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
        // a candidate is not staff
        browser.open(server.url("/staff/home.xhtml"));
        assertThat(browser.text()).contains("无权访问");
    }

    @Test
    void refusalsAreExplainedNextToTheFieldInChineseAndEnglish() throws IOException {
        browser.open(server.url("/register.xhtml"));
        String id = newId();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        browser.type("registerForm:idNumber", wrongCheck);
        browser.leave("registerForm:idNumber");
        browser.waitForText("校验位不正确");

        browser.clickAndWaitForPage("language");
        browser.waitForText("Real-name registration");
        browser.type("registerForm:idNumber", "11010519900230123");
        browser.leave("registerForm:idNumber");
        browser.waitForText("has 18 characters; you entered 17");
        browser.screenshot("register-refusal-en");

        // the demo candidate's ID is taken: refused with a sentence, nothing else changes
        browser.tick("registerForm:agreement");
        browser.type("registerForm:name", "王小明");
        browser.type("registerForm:idNumber", DEMO_CANDIDATE);
        browser.type("registerForm:phone", "13800138000");
        browser.type("registerForm:email", "someone@example.com");
        browser.type("registerForm:password", "Another2026");
        browser.type("registerForm:passwordRepeat", "Another2026");
        browser.type("registerForm:captcha", BaokaoServer.CAPTCHA_ANSWER);
        browser.clickAndWaitForPage("registerForm:submit");
        browser.waitForText("An account already exists for this ID number");
        assertThat(browser.currentPath()).isEqualTo("/register.xhtml");

        browser.clickAndWaitForPage("language");
        browser.waitForText("实名注册");
    }

    @Test
    void repeatedWrongPasswordsAskForThePictureCodeButDoNotLockOut() {
        browser.open(server.url("/login.xhtml"));
        browser.driver().findElements(By.cssSelector("[id='loginForm:mode'] .ui-button")).get(1).click();
        browser.byId("loginForm:username");
        for (int i = 0; i < 3; i++) {
            browser.type("loginForm:username", "operator");
            browser.type("loginForm:password", "Wrong" + i + "pass");
            browser.clickAndWaitForPage("loginForm:submit");
            browser.waitForText("用户名或密码不正确");
        }
        assertThat(browser.exists("loginForm:captcha")).isTrue();
        assertThat(browser.byId("captchaWhy").getText()).as("why the picture appeared").contains("登录失败了几次");
        // a wrong picture code is called wrong, not missing
        browser.type("loginForm:username", "operator");
        browser.type("loginForm:password", "Operate2026");
        browser.type("loginForm:captcha", "ZZZZZ");
        browser.clickAndWaitForPage("loginForm:submit");
        browser.waitForText("图片验证码不正确");
        // the right password without the picture code is not enough
        browser.type("loginForm:username", "operator");
        browser.type("loginForm:password", "Operate2026");
        browser.clickAndWaitForPage("loginForm:submit");
        browser.waitForText("请输入图片中的字符");
        assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
        // with it, the owner gets in
        browser.type("loginForm:username", "operator");
        browser.type("loginForm:password", "Operate2026");
        browser.type("loginForm:captcha", BaokaoServer.CAPTCHA_ANSWER);
        browser.clickAndWaitForPage("loginForm:submit");
        assertThat(browser.currentPath()).isEqualTo("/staff/home.xhtml");
        assertThat(browser.byId("staffRole").getText()).isEqualTo("运维员");
    }

    @Test
    void forgottenPasswordIsResetWithTheCodeFromTheEmail() throws Exception {
        String id = newId();
        String email = "forgot-" + id + "@example.com";
        register("林黛玉", id, email, "Before2026");
        browser.clickAndWaitForPage("navForm:signOut");

        browser.open(server.url("/forgot-password.xhtml"));
        browser.type("resetForm:idNumber", id);
        browser.type("resetForm:email", email);
        browser.type("resetForm:captcha", BaokaoServer.CAPTCHA_ANSWER);
        browser.clickAndWaitForPage("resetForm:send");
        browser.waitForText("验证码已发送");

        String code = awaitCodeSentTo(email);
        browser.type("resetForm:code", code);
        browser.type("resetForm:password", "After2026x");
        browser.type("resetForm:passwordRepeat", "After2026x");
        browser.clickAndWaitForPage("resetForm:reset");
        assertThat(browser.currentPath()).isEqualTo("/login.xhtml");
        browser.waitForText("密码已重置");

        signInAsCandidate(id, "After2026x");
        assertThat(browser.currentPath()).isEqualTo("/candidate/home.xhtml");
    }

    /** The log gateway writes each delivered message to the server console; the outbox sender runs every 3 s. */
    private String awaitCodeSentTo(String email) throws Exception {
        Pattern line = Pattern.compile("\\[outbox] EMAIL to " + Pattern.quote(email) + " \\|.*?(\\d{6})");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = line.matcher(server.logText());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no reset code for " + email + " in " + server.log());
    }

    @Test
    void anExpiredPageSendsThePersonBackPolitely() {
        browser.open(server.url("/login.xhtml"));
        browser.driver().manage().deleteAllCookies();
        browser.type("loginForm:idNumber", DEMO_CANDIDATE);
        browser.type("loginForm:password", "Exam2026");
        browser.clickAndWaitForPage("loginForm:submit");
        browser.waitForText("页面已过期");
        assertThat(browser.text()).doesNotContain("Exception").doesNotContain("at com.");
        browser.open(server.url("/no-such-page.xhtml"));
        browser.waitForText("页面不存在");
    }

    @Test
    void registrationWorksOnAPhoneSizedScreen() throws IOException {
        try (Browser phone = new Browser(360, 740)) {
            phone.open(server.url("/register.xhtml"));
            phone.byId("registerForm:submit");
            long scrollWidth = (Long) ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) phone.driver()).executeScript("return window.innerWidth;");
            assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
            phone.screenshot("register-phone-360");
        }
    }
}
