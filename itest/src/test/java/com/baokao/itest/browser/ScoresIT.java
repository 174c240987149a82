package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's scores on the demo data (HR2026C, sat two months ago, scores released): 李娜 looks up her scores on the
 * public query page with her ID number and ticket number, a wrong ID number gets the same answer as a wrong ticket,
 * then she signs in and sees them in her personal centre with their validity and the notice that they are out; the
 * administrator's release page shows the session released.
 */
@ExtendWith(BaokaoServer.class)
class ScoresIT {

    private static final String CANDIDATE = "500106199208150028";
    private static final String TICKET = "HR2026C-50-00000001";
    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1280, 1100);
    }

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

    @Test
    void aCandidateLooksUpHerScoresPubliclyAndInHerCentre() throws Exception {
        BaokaoServer server = BaokaoServer.get();
        SignIns.signOut(browser, server);
        browser.open(server.url("/index.xhtml"));
        browser.clickAndWaitForPage("toScoreQuery");
        query("110105199003071239", TICKET);
        assertThat(browser.byId("messages").getText()).contains("没有找到成绩");
        assertThat(browser.exists("result")).isFalse();
        browser.screenshot("scores-01-wrong-pair");

        query(CANDIDATE, TICKET);
        assertThat(browser.byId("resultName").getText()).isEqualTo("李娜");
        assertThat(browser.byId("resultTicket").getText()).isEqualTo(TICKET);
        String table = browser.byId("publicScores").getText();
        assertThat(table).contains("理论知识").contains("82").contains("技能操作").contains("88").contains("合格");
        browser.screenshot("scores-02-public-query");

        SignIns.candidate(browser, server, CANDIDATE, "Exam2026");
        browser.clickAndWaitForPage("toScores");
        assertThat(browser.byId("sittings").getText()).contains("2026 年第三季度企业人力资源管理师").contains(TICKET)
                .contains("82.00").contains("88.00");
        assertThat(browser.byId("timeline").getText()).contains("有效").contains("有效期至");
        browser.screenshot("scores-03-my-scores");

        // told at start-up that the scores are out (the release nobody had been told of)
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        browser.open(server.url("/candidate/inbox.xhtml"));
        while (!browser.byId("notices").getText().contains("成绩已发布") && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            browser.driver().navigate().refresh();
        }
        assertThat(browser.byId("notices").getText()).contains("成绩已发布");

        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "admin", "Admin2026");
        browser.open(server.url("/admin/scores.xhtml"));
        assertThat(browser.text()).contains("HR2026C").contains("已发布");
        browser.screenshot("scores-04-release-page");

        // the results of the session: 12 candidates sat both subjects, 8 passed both (DemoResults)
        browser.open(server.url("/staff/results.xhtml"));
        assertThat(browser.byId("totalCandidates").getText()).isEqualTo("12");
        assertThat(browser.byId("totalPassed").getText()).isEqualTo("8");
        assertThat(browser.exists("resultsForm:distributionChart")).isTrue();
        browser.screenshot("scores-05-results");
    }

    /** The operator uploads the centre's file on the jobs page: the report lists what was not imported, and why. */
    @Test
    void anOperatorUploadsAResultFileAndReadsItsReport() throws Exception {
        BaokaoServer server = BaokaoServer.get();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("HR2026C-scores", ".csv");
        java.nio.file.Files.writeString(file, "准考证号,身份证号,科目代码,成绩,是否合格\n"
                + TICKET + "," + CANDIDATE + ",T,82,合格\n"
                + TICKET + "," + CANDIDATE + ",S,88,合格\n"
                + "HR2026C-50-99999999," + CANDIDATE + ",T,70,合格\n", java.nio.charset.StandardCharsets.UTF_8);
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "operator", "Operate2026");
        browser.open(server.url("/staff/jobs.xhtml"));
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#jobsForm\\:scoreUpload input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.waitForText("已启动作业执行");
        browser.screenshot("scores-06-upload");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        browser.open(server.url("/staff/score-imports.xhtml"));
        while (!browser.byId("recent").getText().contains("已完成") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            browser.driver().navigate().refresh();
        }
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#recent a")).get(0).click();
        browser.waitForText("未导入的行及原因");
        assertThat(browser.byId("countUnchanged").getText()).isEqualTo("2");
        assertThat(browser.byId("countSkipped").getText()).isEqualTo("1");
        assertThat(browser.byId("skips").getText()).contains("4").contains("没有这个准考证号");
        browser.screenshot("scores-07-import-report");
    }

    private static void query(String idNumber, String ticket) {
        browser.type("scoreQueryForm:idNumber", idNumber);
        browser.type("scoreQueryForm:ticketNumber", ticket);
        browser.type("scoreQueryForm:captcha", BaokaoServer.CAPTCHA_ANSWER);
        browser.clickAndWaitForPage("scoreQueryForm:query");
    }
}
