package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch operator's jobs page (issue 6): the demo operator starts a fee reconciliation of a statement file on the
 * server, watches the execution end with its step metrics, opens the run's report (counts per class, the lines for an
 * operator, the unreadable line), and reads both pages on a phone-sized screen.
 */
@ExtendWith(BaokaoServer.class)
class BatchJobsPageIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1280, 1100);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void operatorReconcilesAStatementAndReadsItsReport() throws Exception {
        BaokaoServer server = BaokaoServer.get();
        // a statement no order of Baokao's is in: two unknown orders, a refund line and one line nobody can read
        Path statement = Files.createDirectories(server.statementsDirectory()).resolve("statement-" + System.nanoTime() + ".csv");
        Files.write(statement, List.of("transactionId,orderNo,amountFen,status,paidAt",
                "PT-1,NOT-OURS-1,17500,PAID,2020-01-02T03:04:05.000Z",
                "PT-2,NOT-OURS-2,35000,PAID,2020-01-02T04:05:06.000Z",
                "this line is broken",
                "PT-3,NOT-OURS-1,17500,REFUNDED,2020-01-02T05:06:07.000Z"), StandardCharsets.UTF_8);

        SignIns.staff(browser, server, "operator", "Operate2026");
        // the operator's menu offers only what an operator may open: no review pages that would answer 无权访问
        browser.byId("batchJobs");
        for (String notTheirs : List.of("reviewApplications", "reviewProfiles", "onSiteConfirmation", "reviewStatistics",
                "adminSessions", "adminAudit")) {
            assertThat(browser.exists(notTheirs)).as(notTheirs).isFalse();
        }
        browser.byId("batchJobs").click();
        browser.waitForText("缴费对账");
        browser.setDate("[id='jobsForm:day']", "2020-01-02");
        // only files of the statements directory: a path elsewhere is not found, whatever it names
        browser.type("jobsForm:file", "../../../../../../etc/passwd");
        browser.clickAjax("jobsForm:startReconciliation");
        browser.waitForText("中没有可读取的文件 ../../../../../../etc/passwd");

        browser.type("jobsForm:file", statement.getFileName().toString());
        browser.clickAjax("jobsForm:startReconciliation");
        browser.waitForText("已启动作业执行");
        java.util.regex.Matcher started = java.util.regex.Pattern.compile("已启动作业执行 (\\d+)").matcher(browser.text());
        assertThat(started.find()).isTrue();
        String executionId = started.group(1);
        // the page polls while the execution runs; the server's own jobs may push ours down a row meanwhile
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("jobsForm:executionTable:" + rowOf(executionId) + ":status")).getText()
                        .equals("COMPLETED"));
        String executions = browser.byId("jobsForm:executionTable").getText();
        assertThat(executions).contains("fee-reconciliation").contains("load COMPLETED · 读 4 · 写 3 · 跳过 1")
                .contains("classify COMPLETED").contains("resolve COMPLETED").contains("report COMPLETED");
        browser.screenshot("jobs-operator");

        browser.clickAndWaitForPage("jobsForm:executionTable:" + rowOf(executionId) + ":runLink");
        assertThat(browser.byId("runStatus").getText()).isEqualTo("已完成");
        assertThat(browser.byId("countLoaded").getText()).isEqualTo("3");
        assertThat(browser.byId("countUnknown").getText()).isEqualTo("2");
        assertThat(browser.byId("countRejected").getText()).isEqualTo("1");
        assertThat(browser.byId("items").getText()).contains("NOT-OURS-2").contains("¥350.00").contains("未知订单");
        assertThat(browser.byId("rejected").getText()).contains("this line is broken").contains("应有 5 个字段，实际有 1 个。");
        browser.screenshot("reconciliation-report");

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(sideways).isEqualTo(false);
        browser.screenshot("reconciliation-report-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 1100));
    }

    /** The table row showing an execution, or -1 (the newest execution is not always ours: the server runs its own jobs). */
    private static int rowOf(String executionId) {
        for (int i = 0; i < 50; i++) {
            List<org.openqa.selenium.WebElement> id = browser.driver().findElements(By.id("jobsForm:executionTable:" + i + ":executionId"));
            if (!id.isEmpty() && id.get(0).getText().equals(executionId)) {
                return i;
            }
        }
        return -1;
    }
}
