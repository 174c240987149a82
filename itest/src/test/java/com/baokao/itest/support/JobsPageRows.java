package com.baokao.itest.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The operator's jobs page (/staff/jobs.xhtml) as the crash and restart tests read it. */
public final class JobsPageRows {

    private JobsPageRows() {
    }

    /** The table row showing an execution (the server runs jobs of its own too). */
    public static String row(Browser browser, String executionId) {
        for (int i = 0; i < 60; i++) {
            List<WebElement> id = browser.driver().findElements(By.id("jobsForm:executionTable:" + i + ":executionId"));
            if (!id.isEmpty() && id.get(0).getText().equals(executionId)) {
                return "jobsForm:executionTable:" + i;
            }
        }
        throw new AssertionError("execution " + executionId + " is not listed: " + browser.text());
    }

    /**
     * Opens the jobs page afresh every few seconds until the execution shows {@code status}, rather than following the
     * page's own polling for minutes (a CI run once saw the polled table lose the row's status for good).
     */
    public static void awaitStatus(Browser browser, String jobsPageUrl, String executionId, String status, Duration within)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String seen = "";
        while (!seen.equals(status)) {
            if (System.nanoTime() > deadline) {
                browser.screenshot("jobs-" + executionId + "-not-" + status);
                throw new AssertionError("execution " + executionId + " not " + status + " in " + within + ": " + browser.text());
            }
            Thread.sleep(3_000);
            browser.open(jobsPageUrl);
            List<WebElement> cell = browser.driver().findElements(By.id(row(browser, executionId) + ":status"));
            seen = cell.isEmpty() ? "" : cell.get(0).getText();
        }
    }
}
