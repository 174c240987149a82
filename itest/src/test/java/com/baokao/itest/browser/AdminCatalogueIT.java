package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator sets up an exam through the pages: a region, a site and a room, then a session with its
 * calendar, a level and a subject with a second sitting, and exam-day rules; publishes it; and the public home
 * page shows it as open.
 */
@ExtendWith(BaokaoServer.class)
class AdminCatalogueIT {

    private static final byte[] PDF = "%PDF-1.4\n% exam schedule\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static Browser browser;

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

    private static String day(int offset, String time) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(offset) + " " + time;
    }

    @Test
    void anAdministratorCreatesAnExamThatCandidatesThenSee() throws IOException, InterruptedException {
        try {
            createAndPublish(BaokaoServer.get());
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("admin-catalogue-failure");
            throw e;
        }
    }

    /** README: reviewer.cq02 is the reviewer of site CQ02 alone (a review point as well would reach other sites). */
    @Test
    void theDemoSiteReviewerHoldsOnlyItsSite() {
        BaokaoServer server = BaokaoServer.get();
        com.baokao.itest.support.SignIns.staff(browser, server, "admin", "Admin2026");
        browser.open(server.url("/admin/staff.xhtml"));
        String row = browser.driver().findElements(By.cssSelector("[id='staffForm:staff_data'] tr")).stream()
                .map(org.openqa.selenium.WebElement::getText).filter(text -> text.startsWith("reviewer.cq02"))
                .findFirst().orElseThrow(() -> new AssertionError("no reviewer.cq02 in " + browser.text()));
        assertThat(row).contains("考点").doesNotContain("审核点");
        com.baokao.itest.support.SignIns.signOut(browser, server);
    }

    private void createAndPublish(BaokaoServer server) throws IOException, InterruptedException {
        browser.open(server.url("/login.xhtml"));
        browser.driver().findElements(By.cssSelector("[id='loginForm:mode'] .ui-button")).get(1).click();
        browser.type("loginForm:username", "admin");
        browser.type("loginForm:password", "Admin2026");
        browser.clickAndWaitForPage("loginForm:submit");
        assertThat(browser.currentPath()).isEqualTo("/staff/home.xhtml");

        // places: a province, an exam site in it, a computer room
        browser.clickAndWaitForPage("adminPlaces");
        browser.type("placesForm:code", "44");
        browser.type("placesForm:name", "广东省");
        browser.clickAjax("placesForm:addRegion");
        browser.waitForText("广东省");
        browser.selectOne("placesForm:siteRegion", "广东省");
        browser.type("placesForm:siteCode", "GD01");
        browser.type("placesForm:siteName", "广州市第一考点");
        browser.type("placesForm:siteAddress", "广州市天河区体育西路 1 号");
        browser.clickAjax("placesForm:addSite");
        browser.waitForText("GD01 广州市第一考点");
        browser.selectOne("placesForm:roomSite", "GD01 广州市第一考点");
        browser.type("placesForm:roomName", "机房 301");
        browser.type("placesForm:capacity_input", "36");
        browser.clickAjax("placesForm:addRoom");
        browser.waitForText("机房 301 · 36");
        // the room gets more seats; and a review point where candidates confirm on site
        browser.driver().findElement(By.xpath("//li[contains(., '机房 301')]//button[contains(@title, '修改考场')]")).click();
        browser.waitForAjax();
        browser.type("placesForm:editCapacity_input", "40");
        browser.clickAjax("placesForm:saveRoom");
        browser.waitForText("机房 301 · 40");
        browser.driver().findElement(By.xpath("//h3[contains(., 'GD01 广州市第一考点')]//button[@title='修改']")).click();
        browser.waitForAjax();
        browser.type("placesForm:editSiteAddress", "广州市天河区体育西路 2 号");
        browser.clickAjax("placesForm:saveSite");
        browser.waitForText("广州市天河区体育西路 2 号");
        browser.selectOne("placesForm:pointRegion", "广东省");
        browser.type("placesForm:pointName", "广东省职业技能鉴定指导中心");
        browser.clickAjax("placesForm:addPoint");
        browser.waitForText("广东省 · 广东省职业技能鉴定指导中心");

        // a session with its calendar
        browser.open(server.url("/admin/session.xhtml"));
        browser.type("sessionForm:code", "GD2027A");
        browser.type("sessionForm:name", "2027 年上半年育婴员职业技能等级认定");
        browser.type("sessionForm:occupation", "育婴员");
        browser.setDate(".bk-date-registrationOpens", day(-1, "09:00"));
        browser.setDate(".bk-date-registrationCloses", day(10, "17:00"));
        browser.setDate(".bk-date-resubmissionDeadline", day(12, "17:00"));
        browser.setDate(".bk-date-confirmationDeadline", day(14, "17:00"));
        browser.setDate(".bk-date-paymentDeadline", day(16, "17:00"));
        browser.setDate(".bk-date-ticketPrintingOpens", day(30, "09:00"));
        browser.setDate(".bk-date-ticketPrintingCloses", day(37, "09:00"));
        browser.setDate(".bk-date-scoresReleased", day(60, "09:00"));
        browser.clickAndWaitForPage("sessionForm:save");
        assertThat(browser.currentPath()).isEqualTo("/admin/session.xhtml");
        browser.waitForText("已保存");

        // a level and a subject, then publish
        browser.type("partsForm:partCode", "4");
        browser.type("partsForm:partName", "四级");
        browser.clickAjax("partsForm:addLevel");
        browser.waitForText("4 · 四级");
        browser.selectOne("partsForm:level", "4 四级");
        browser.type("partsForm:partCode", "T");
        browser.type("partsForm:partName", "理论知识");
        browser.setDate("[id='partsForm:startsAt']", day(45, "09:00"));
        browser.type("partsForm:duration_input", "90");
        browser.type("partsForm:fee_input", "120");
        browser.clickAjax("partsForm:addSubject");
        browser.waitForText("理论知识");
        // a second sitting for candidates a site cannot seat at 09:00, and the exam-day rules printed on the tickets
        browser.selectOne("partsForm:sittingSubject", "4/T 理论知识");
        browser.setDate("[id='partsForm:sittingStartsAt']", day(45, "14:00"));
        browser.clickAjax("partsForm:addSitting");
        browser.waitForText(day(45, "14:00"));
        assertThat(browser.driver().findElement(By.cssSelector(".bk-chip")).getText()).contains("第 2 批");
        assertThat(browser.exists("partsForm:standardRules")).isTrue();
        browser.type("partsForm:examDayRules", "  请携带准考证和身份证原件。\n\n开考 30 分钟后不得入场。");
        browser.clickAjax("partsForm:saveExamDayRules");
        assertThat(browser.byId("partsForm:examDayRules").getAttribute("value"))
                .isEqualTo("请携带准考证和身份证原件。\n开考 30 分钟后不得入场。");
        assertThat(browser.exists("partsForm:standardRules")).isFalse();
        // a notice with the exam schedule attached
        browser.type("partsForm:title", "关于 2027 年上半年育婴员认定报名的通知");
        // the rich-text editor (Quill) takes its text through the widget, which also fills the submitted field
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById('partsForm:body').setValue('报名时间和考试日程见附件。');");
        browser.clickAjax("partsForm:publishNotice");
        browser.waitForText("关于 2027 年上半年育婴员认定报名的通知");
        java.nio.file.Path schedule = java.nio.file.Files.createTempDirectory("baokao-it").resolve("考试日程.pdf");
        java.nio.file.Files.write(schedule, PDF);
        browser.driver().findElement(By.cssSelector("[id$='attachment'] input[type=file]")).sendKeys(schedule.toString());
        browser.waitForText("附件已上传");
        browser.waitForText("考试日程.pdf");

        // how 广东省 runs it; chosen again, the region's rule card shows the rule in force, so that changing one
        // field and saving keeps the others (issue 22: the card started empty and a save overwrote the rest)
        browser.selectOne("partsForm:ruleRegion", "广东省");
        assertThat(checked("partsForm:reviewLevels")).as("a region without a rule: the defaults").isEqualTo("1");
        clickLabel("两级审核（考点、考区）");
        clickLabel("现场确认");
        browser.clickAjax("partsForm:setRule");
        browser.waitForText("已保存");
        browser.selectOne("partsForm:ruleRegion", "—");
        browser.selectOne("partsForm:ruleRegion", "广东省");
        assertThat(checked("partsForm:reviewLevels")).isEqualTo("2");
        assertThat(checked("partsForm:confirmationMode")).isEqualTo("ON_SITE");
        browser.driver().findElement(By.cssSelector("[id='partsForm:afterExam'] .ui-chkbox-box")).click();
        browser.clickAjax("partsForm:setRule");
        browser.selectOne("partsForm:ruleRegion", "—");
        browser.selectOne("partsForm:ruleRegion", "广东省");
        assertThat(checked("partsForm:reviewLevels")).as("kept by the second save").isEqualTo("2");
        assertThat(checked("partsForm:confirmationMode")).isEqualTo("ON_SITE");
        assertThat(browser.byId("partsForm:afterExam_input").isSelected()).isTrue();
        // the proofs card likewise shows the rule in force of the kind chosen
        browser.selectOne("partsForm:proofKind", "学历证明");
        browser.type("partsForm:maxKb_input", "350");
        browser.clickAjax("partsForm:setProof");
        browser.selectOne("partsForm:proofKind", "工作证明");
        assertThat(browser.byId("partsForm:maxKb_input").getAttribute("value")).as("a kind without a rule: the default").isEqualTo("200");
        browser.selectOne("partsForm:proofKind", "学历证明");
        assertThat(browser.byId("partsForm:maxKb_input").getAttribute("value")).isEqualTo("350");

        browser.clickAjax("partsForm:publish");
        browser.waitForText("已发布");
        browser.screenshot("admin-session");

        browser.open(server.url("/index.xhtml"));
        assertThat(browser.byId("exam-GD2027A").getText()).contains("2027 年上半年育婴员职业技能等级认定").contains("报名中")
                .contains(day(-1, "09:00")).contains(day(10, "17:00"));
        browser.screenshot("home-with-exams");
        String href = browser.driver().findElement(By.xpath("//a[contains(., '考试日程.pdf')]")).getAttribute("href");
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.body()).isEqualTo(PDF);

        // a reviewer account with a site to look after
        browser.open(server.url("/admin/staff.xhtml"));
        browser.type("staffForm:username", "gd.reviewer");
        browser.type("staffForm:name", "广东审核员");
        browser.type("staffForm:password", "Review2027x");
        browser.clickAjax("staffForm:create");
        browser.waitForText("已创建工作人员账号");
        browser.selectOne("staffForm:scopeAccount", "gd.reviewer 广东审核员");
        browser.selectOne("staffForm:target", "广东省 · GD01 广州市第一考点");
        browser.clickAjax("staffForm:assign");
        browser.waitForText("考点: 广东省 · GD01 广州市第一考点".substring(0, 3));
        assertThat(browser.byId("staffForm:staff").getText()).contains("gd.reviewer").contains("GD01 广州市第一考点");

        // the demo candidate's mobile number, corrected on presented proof, and the audit trail shows it
        browser.open(server.url("/admin/corrections.xhtml"));
        browser.type("correctionForm:idNumber", "110105199003071239");
        browser.clickAjax("correctionForm:find");
        browser.waitForText("王小明");
        browser.selectOne("correctionForm:field", "手机号码");
        browser.type("correctionForm:value", "13900139000");
        browser.type("correctionForm:reason", "本人持身份证到现场申请更正手机号");
        browser.clickAjax("correctionForm:correct");
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("已更正");
        browser.open(server.url("/admin/audit.xhtml"));
        // the action in the page's language, not its code (issue 22)
        browser.waitForText("更正考生账号信息");
        assertThat(browser.text()).contains("13800138000 -> 13900139000");
        browser.screenshot("admin-audit");
        // filtered by action and day: only the correction is left; exported as XLSX, the filtered rows in full
        browser.selectOne("auditForm:action", "更正考生账号信息");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        browser.setDate("[id='auditForm:from']", today);
        browser.setDate("[id='auditForm:to']", today);
        browser.clickAjax("auditForm:applyFilters");
        browser.waitForAjax();
        java.util.List<org.openqa.selenium.WebElement> actions =
                browser.driver().findElements(By.cssSelector("[id^='auditForm:events:'][id$=':action']"));
        assertThat(actions).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).isEqualTo("更正考生账号信息"));
        browser.setDate("[id='auditForm:from']", "2020-01-01");
        browser.setDate("[id='auditForm:to']", "2020-01-02");
        browser.clickAjax("auditForm:applyFilters");
        browser.waitForAjax();
        assertThat(browser.driver().findElements(By.cssSelector("[id^='auditForm:events:'][id$=':action']"))).isEmpty();
        browser.clickAjax("auditForm:clearFilters");
        browser.waitForAjax();
        browser.selectOne("auditForm:action", "更正考生账号信息");
        browser.clickAjax("auditForm:applyFilters");
        browser.waitForAjax();
        // submitted the way the browser submits the button's form (same fields, same session), read through HTTP
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        String form = (String) js.executeScript("var b = document.getElementById(arguments[0]);"
                + "return new URLSearchParams(new FormData(b.form, b)).toString();", "auditForm:auditXlsx");
        java.net.http.HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/admin/audit.xhtml")))
                        .header("Cookie", browser.cookieHeader())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            String text = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book).getText();
            assertThat(text).contains("更正考生账号信息").contains("13800138000 -> 13900139000").doesNotContain("session.created");
        }
    }

    /** The value of the checked option of a PrimeFaces selectOneRadio. */
    private static String checked(String radioId) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var c = document.querySelector(\"input[name='\" + arguments[0] + \"']:checked\"); return c ? c.value : null;",
                radioId);
    }

    private static void clickLabel(String text) {
        browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + text + "']")).click();
    }
}
