package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestImages;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page of reviewers and administrators (issue 5): one SE2026 application in Beijing and one in
 * Chongqing are submitted; the demo reviewer (scope: Chongqing) sees charts and tables that never mention
 * Beijing, in the page or in the CSV and XLSX exports; the administrator sees both regions.
 */
@ExtendWith(BaokaoServer.class)
class ReviewStatisticsIT {

    private static final Path FILES = Path.of("target", "upload-files");
    private static Browser browser;
    private BaokaoServer server;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(1280, 1100);
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

    @Test
    void reviewerSeesOnlyTheirRegionAndExportsBothTables() throws Exception {
        server = BaokaoServer.get();
        submitSafetyApplication("北京市 / 东城区", "北京市");
        submitSafetyApplication("重庆市 / 渝中区", "重庆市");

        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "reviewer", "Review2026");
        browser.byId("reviewStatistics").click();
        openedStatistics();
        String page = browser.text();
        assertThat(page).contains("重庆市").doesNotContain("北京");
        assertThat(cell("statsForm:placeTable", "重庆市", -1)).isPositive();
        browser.screenshot("statistics-reviewer");

        String placesCsv = new String(export("statsForm:placesCsv", "text/csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertThat(placesCsv.lines().findFirst().orElseThrow()).contains("名称").contains("已提交，待确认").contains("合计");
        assertThat(placesCsv).contains("重庆市").doesNotContain("北京");
        String daysCsv = new String(export("statsForm:daysCsv", "text/csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertThat(daysCsv.lines().findFirst().orElseThrow()).contains("日期").contains("合计");
        assertThat(daysCsv.lines().count()).isEqualTo(31); // header + the default 30 days

        String placesXlsx = xlsxText(export("statsForm:placesXlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(placesXlsx).contains("名称").contains("重庆市").doesNotContain("北京");
        String daysXlsx = xlsxText(export("statsForm:daysXlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(daysXlsx).contains("日期");

        // a reversed range is refused with a sentence next to the field, and nothing else breaks
        browser.setDate("[id='statsForm:from']", "2026-03-10");
        browser.setDate("[id='statsForm:to']", "2026-03-01");
        browser.clickAjax("statsForm:show");
        browser.waitForText("结束日期不能早于开始日期");

        // days without applications: every table, chart and export of the page follows the filter (issue 22: the
        // region and site tables, their chart and exports counted everything whatever the dates)
        browser.setDate("[id='statsForm:from']", "2020-01-01");
        browser.setDate("[id='statsForm:to']", "2020-01-31");
        browser.clickAjax("statsForm:show");
        assertThat(browser.byId("placesCover").getText()).contains("2020-01-01").contains("2020-01-31");
        assertThat(browser.byId("statsForm:placeTable").getText()).contains("暂无数据").doesNotContain("重庆市");
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = Chart.getChart(document.getElementById('statsForm:placeChart_canvas'));"
                        + " return c ? c.data.datasets.reduce((n, d) => n + d.data.reduce((a, b) => a + (b || 0), 0), 0) : 0;"))
                .longValue()).as("nothing charted by place").isZero();
        String pastCsv = new String(export("statsForm:placesCsv", "text/csv"), StandardCharsets.UTF_8);
        assertThat(pastCsv).doesNotContain("重庆市");

        // on a phone the page does not scroll sideways: the tables scroll inside their own box
        browser.open(server.url("/staff/statistics.xhtml"));
        openedStatistics();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.screenshot("statistics-reviewer-phone");
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1")).as("no sideways scrolling at 360 px").isTrue();
        browser.driver().manage().window().setSize(new Dimension(1280, 1100));

        // the administrator sees every region
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "admin", "Admin2026");
        browser.open(server.url("/staff/statistics.xhtml"));
        openedStatistics();
        assertThat(browser.text()).contains("北京市").contains("北京市第二十四中学考点").contains("重庆市");
        assertThat(cell("statsForm:placeTable", "北京市", -1)).isPositive();
        browser.screenshot("statistics-admin");
        String adminCsv = new String(export("statsForm:placesCsv", "text/csv"), StandardCharsets.UTF_8);
        assertThat(adminCsv).contains("北京市").contains("重庆市");
    }

    /** Waits for the page and for Chart.js to have drawn both charts. */
    private void openedStatistics() {
        browser.byId("statsForm:placeTable");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                (Boolean) ((JavascriptExecutor) d).executeScript("return !!window.Chart"
                        + " && !!Chart.getChart(document.getElementById('statsForm:placeChart_canvas'))"
                        + " && !!Chart.getChart(document.getElementById('statsForm:dayChart_canvas'));"));
        assertThat(browser.driver().findElement(By.id("statsForm:placeChart_canvas")).getSize().getHeight()).isGreaterThan(100);
    }

    /** The number in the row whose text contains {@code rowText}; column -1 is the last (the total). */
    private long cell(String tableId, String rowText, int column) {
        for (var row : browser.driver().findElements(By.cssSelector("[id='" + tableId + "_data'] tr"))) {
            if (row.getText().contains(rowText)) {
                var cells = row.findElements(By.tagName("td"));
                return Long.parseLong(cells.get(column < 0 ? cells.size() + column : column).getText().trim());
            }
        }
        throw new AssertionError("no row with " + rowText + " in " + tableId);
    }

    /**
     * Submits the export button's form the way the browser would (same fields, same session) and returns the
     * file: reading it through HTTP keeps the test independent of the browser's download handling.
     */
    private byte[] export(String buttonId, String contentType) throws IOException, InterruptedException {
        browser.waitForAjax();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String body = (String) js.executeScript("var b = document.getElementById(arguments[0]);"
                + "return new URLSearchParams(new FormData(b.form, b)).toString();", buttonId);
        String action = (String) js.executeScript("return document.getElementById(arguments[0]).form.action;", buttonId);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(action))
                .header("Cookie", browser.cookieHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("baokao-statistics-");
        TestImages.write(Path.of("target", "screenshots"), buttonId.replace(':', '-') + (contentType.contains("csv") ? ".csv" : ".xlsx"),
                response.body());
        return response.body();
    }

    /** Every cell of the workbook's first sheet, tab-separated, opened with POI. */
    private static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isGreaterThan(1);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('\t');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /**
     * A new candidate with the least a safety-engineer application needs (SE2026: no approved profile required):
     * basic information, platform photo, proofs, then the application in {@code region} with a photo that fits
     * the exam's own rule, submitted.
     */
    private void submitSafetyApplication(String homeRegion, String region) throws IOException {
        SignIns.signOut(browser, server);
        String id = SignIns.newId("320105");
        SignIns.register(browser, server, "统计测试", id, "stats-" + id + "@example.com", "Stats2026x");

        browser.open(server.url("/candidate/profile.xhtml"));
        browser.selectOne("profileForm:homeRegion", homeRegion);
        browser.selectOne("profileForm:education", "本科");
        browser.type("profileForm:major", "安全工程");
        browser.setDate("[id='profileForm:graduationDate']", "2015-07-01");
        browser.type("profileForm:workUnit", "某化工有限公司");
        browser.selectOne("profileForm:unitType", "民营企业");
        browser.type("profileForm:workYears_input", "6");
        browser.clickAndWaitForPage("profileForm:saveBasic");
        expect("基本信息已保存");
        Path photo = TestImages.write(FILES, "stats-photo.jpg", TestImages.photo(260, 360, Color.WHITE, 40));
        browser.byId("photoForm:photo").sendKeys(photo.toAbsolutePath().toString());
        browser.clickAndWaitForPage("photoForm:uploadPhoto");
        expect("照片已上传");
        int proofs = browser.driver().findElements(By.cssSelector("input[type=file][id^='proofForm']")).size();
        for (int i = 0; i < proofs; i++) {
            Path proof = TestImages.write(FILES, "stats-proof-" + i + ".jpg", TestImages.proof(90));
            browser.driver().findElements(By.cssSelector("input[type=file][id^='proofForm']")).get(i)
                    .sendKeys(proof.toAbsolutePath().toString());
            browser.clickAndWaitForPage(browser.driver().findElements(By.cssSelector("button[id$=':uploadProof']")).get(i)
                    .getAttribute("id"));
            expect("材料已上传");
        }

        browser.open(server.url("/index.xhtml"));
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("#exam-SE2026 a[id$='apply']")).getAttribute("id"));
        browser.tick("applyForm:pledge");
        browser.selectOne("applyForm:region", region);
        browser.clickAndWaitForPage("applyForm:start");
        assertThat(browser.currentPath()).isEqualTo("/candidate/application.xhtml");
        browser.selectFirstOption("applicationForm:reviewPoint");
        browser.selectFirstOption("applicationForm:site");
        browser.selectFirstOption("applicationForm:level");
        browser.selectFirstOption("applicationForm:specialty");
        browser.driver().findElements(By.cssSelector("[id='applicationForm:condition'] .ui-radiobutton-box")).get(1).click();
        browser.waitForAjax();
        browser.clickAndWaitForPage("applicationForm:saveDraft");
        expect("草稿已保存");
        // SE2026 asks for at least 295x413 px and 30-200 KB: the platform's 260x360 photo does not fit
        Path examPhoto = TestImages.write(FILES, "stats-exam-photo.jpg", TestImages.photo(413, 578, Color.WHITE, 150));
        browser.byId("examPhotoForm:examPhoto").sendKeys(examPhoto.toAbsolutePath().toString());
        browser.clickAndWaitForPage("examPhotoForm:uploadExamPhoto");
        browser.byId("examPhotoPreview");
        confirm("applicationForm:submit");
        expect("报名已提交");
    }

    private void expect(String text) throws IOException {
        try {
            browser.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failure-stats-" + text.replaceAll("\\W", "_"));
            throw new AssertionError("page does not say '" + text + "': " + browser.text(), e);
        }
    }

    private void confirm(String buttonId) throws IOException {
        browser.waitForAjax();
        browser.byId(buttonId).click();
        expect("确定");
        var yes = browser.driver().findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow();
        var stale = browser.byId(buttonId);
        yes.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(stale));
    }
}
