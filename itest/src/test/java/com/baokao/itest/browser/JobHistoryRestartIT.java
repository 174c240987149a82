package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.JobsPageRows;
import com.baokao.itest.support.MicroServer;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestDatabases;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job history and restart survive a server restart on the embedded default (issue 22): the job repository lives in
 * the application's own H2 file. The operator starts a fee reconciliation of a long statement, stops it from the jobs
 * page in the middle of its work, the server is stopped and started again; the jobs page still lists the stopped
 * execution, the operator restarts it, and it goes on from its checkpoint (it resolves only the lines after it) to the
 * same report an uninterrupted run gives: every line loaded once, none twice.
 * <p>
 * Before the fix the restarted server had a new, empty job repository: the stopped execution was gone from the
 * page and could not be restarted.
 */
class JobHistoryRestartIT {

    private static final int LINES = 20_000;
    private static final String DAY = "2020-03-04";

    @Test
    void aStoppedReconciliationIsRestartedFromItsCheckpointAfterTheServerRestarts() throws Exception {
        Path work = TestDatabases.workDir().resolve("job-history-" + System.currentTimeMillis());
        String db = "jdbc:h2:file:" + work.resolve("db").resolve("baokao") + ";LOCK_TIMEOUT=10000";
        Path statements = Files.createDirectories(work.resolve("statements"));
        Path statement = statements.resolve("statement-" + DAY + ".csv");
        // orders no Baokao application has: every line is loaded and classified as an unknown order
        try (BufferedWriter out = Files.newBufferedWriter(statement, StandardCharsets.UTF_8)) {
            out.write("transactionId,orderNo,amountFen,status,paidAt\n");
            for (int i = 1; i <= LINES; i++) {
                out.write("PT-H" + i + ",NOT-OURS-H" + i + ",17500,PAID," + DAY + "T03:04:05.000Z\n");
            }
        }
        List<String> jvm = List.of("-Dbaokao.demo-data=true", "-Dbaokao.captcha.test-answer=" + BaokaoServer.CAPTCHA_ANSWER,
                "-Dbaokao.db.url=" + db, "-Dbaokao.reconciliation.dir=" + statements);
        List<String> micro = List.of("--postbootcommandfile", TestDatabases.h2PostBoot(work, "history", db).toString());

        String stopped;
        long readBeforeStop;
        try (MicroServer first = MicroServer.start(work.resolve("first"), jvm, micro);
             Browser browser = new Browser(1280, 1100)) {
            SignIns.staff(browser, BaokaoServer.at(first.url("")), "operator", "Operate2026");
            browser.open(first.url("/staff/jobs.xhtml"));
            browser.setDate("[id='jobsForm:day']", DAY);
            browser.type("jobsForm:file", statement.getFileName().toString());
            browser.clickAjax("jobsForm:startReconciliation");
            browser.waitForText("已启动作业执行");
            stopped = firstNumberAfter(browser.text(), "已启动作业执行 ");
            // stopped in the middle of step resolve, where every line of an order Baokao does not know goes through
            // the notification's own decision, 100 lines per checkpoint (the load is a few chunks of 5,000, done in
            // seconds): once the progress bar is past the load's 60% (the page polls while the execution runs)
            try {
                wait(browser, 300).until(d -> {
                    String text = rowText(browser, stopped);
                    if (text.contains("resolve COMPLETED") || text.contains("FAILED")) {
                        throw new AssertionError("the execution ended before it could be stopped: " + text);
                    }
                    return Pattern.compile("(?<!\\d)(6[1-9]|[78]\\d|9[0-5])%").matcher(text).find();
                });
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("job-history-failure");
                throw new AssertionError("no progress seen: " + rowText(browser, stopped), e);
            }
            browser.clickAjax(row(browser, stopped) + ":stop");
            browser.waitForText("已请求停止执行 " + stopped);
            wait(browser, 120).until(d ->
                    d.findElement(By.id(row(browser, stopped) + ":status")).getText().equals("STOPPED"));
            String stoppedRow = rowText(browser, stopped);
            readBeforeStop = Long.parseLong(firstNumberAfter(stoppedRow, "resolve STOPPED · 读 "));
            assertThat(readBeforeStop).as("stopped mid-resolve: " + stoppedRow).isBetween(1L, LINES - 1L);
            browser.screenshot("job-history-01-stopped");
        }

        try (MicroServer second = MicroServer.start(work.resolve("second"), jvm, micro);
             Browser browser = new Browser(1280, 1100)) {
            SignIns.staff(browser, BaokaoServer.at(second.url("")), "operator", "Operate2026");
            browser.open(second.url("/staff/jobs.xhtml"));
            // the history is still there after the restart, with the stopped execution ready to go on
            assertThat(browser.byId(row(browser, stopped) + ":status").getText()).isEqualTo("STOPPED");
            browser.screenshot("job-history-02-after-restart");
            browser.clickAjax(row(browser, stopped) + ":restart");
            browser.waitForText("已从断点重启为执行");
            String resumed = firstNumberAfter(browser.text(), "已从断点重启为执行 ");
            JobsPageRows.awaitStatus(browser, second.url("/staff/jobs.xhtml"), resumed, "COMPLETED", Duration.ofSeconds(420));
            String resumedRow = rowText(browser, resumed);
            // from its checkpoint: only the lines after those the stopped execution had committed are read again
            long readAfterRestart = Long.parseLong(firstNumberAfter(resumedRow, "resolve COMPLETED · 读 "));
            assertThat(readAfterRestart).as(resumedRow).isLessThan((long) LINES).isGreaterThanOrEqualTo(LINES - readBeforeStop);
            browser.screenshot("job-history-03-resumed");

            // the same report an uninterrupted run gives: every line loaded once and classified once
            browser.clickAndWaitForPage(row(browser, resumed) + ":runLink");
            assertThat(browser.byId("runStatus").getText()).isEqualTo("已完成");
            assertThat(browser.byId("countLoaded").getText()).isEqualTo(String.valueOf(LINES));
            assertThat(browser.byId("countUnknown").getText()).isEqualTo(String.valueOf(LINES));
            assertThat(browser.byId("countRejected").getText()).isEqualTo("0");
        }
    }

    /** Waits through the page's own polling, which replaces the table while we read it. */
    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> wait(Browser browser, int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static String firstNumberAfter(String text, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(text);
        assertThat(m.find()).as("'" + prefix + "' in: " + text).isTrue();
        return m.group(1);
    }

    private static String rowText(Browser browser, String executionId) {
        return browser.byId(row(browser, executionId) + ":executionId").findElement(By.xpath("ancestor::tr")).getText();
    }

    private static String row(Browser browser, String executionId) {
        return JobsPageRows.row(browser, executionId);
    }
}
