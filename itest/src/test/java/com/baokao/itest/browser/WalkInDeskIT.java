package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestImages;
import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk-in registration at a desk (issue 20, seed 000 现场报名) on the demo data: a candidate without an account comes
 * to the desk of 重庆市职业技能鉴定指导中心 for EC2026, the exam taken only at the desks. The desk operator finds no
 * account for the ID number and opens one (the one-time code is shown to hand over), fills in the profile with a
 * photo taken at the desk, records the signed pledge and submits the application; the region's reviewer confirms and
 * approves it; back at the desk the fee is taken in cash against a slip and the receipt printed (the same receipt,
 * marked as paid at the desk). At home the candidate sets a password with the one-time code and sees the paid
 * application online; online, EC2026 is refused with the points named.
 */
@ExtendWith(BaokaoServer.class)
class WalkInDeskIT {

    private static final Path FILES = Path.of("target", "upload-files");
    private static final String EXAM = "EC2026";
    private static Browser browser;
    private BaokaoServer server;

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
    void fromFindingTheCandidateToTheReceiptThenTheCandidateOnline() throws Exception {
        server = BaokaoServer.get();
        SignIns.signOut(browser, server);
        String id = SignIns.newId("500103");

        // the desk: no account for this ID number, so one is opened; the one-time code is shown to hand over
        SignIns.staff(browser, server, "desk.cq", "Desk2026");
        browser.open(server.url("/staff/desk.xhtml"));
        assertThat(browser.byId("deskTitle").getText()).contains("重庆市职业技能鉴定指导中心");
        browser.type("deskForm:idNumber", id);
        browser.clickAjax("deskForm:find");
        expect("尚未注册");
        browser.type("deskForm:newName", "现场报名");
        browser.type("deskForm:newPhone", "13912345670");
        browser.type("deskForm:newEmail", "walkin-" + id + "@example.com");
        browser.clickAjax("deskForm:register");
        expect("一次性密码设置码");
        String code = browser.byId("oneTimeCode").getText().strip();
        assertThat(code).matches("\\d{6}");
        browser.screenshot("desk-registered");

        // the profile with the candidate: basic information, a photo taken at the desk
        browser.selectOne("deskForm:education", "本科");
        browser.type("deskForm:major", "电子商务");
        browser.setDate("[id='deskForm:graduationDate']", "2015-07-01");
        browser.type("deskForm:workUnit", "重庆市渝中区某网店");
        browser.selectOne("deskForm:unitType", "民营企业");
        browser.type("deskForm:workYears_input", "6");
        browser.clickAjax("deskForm:saveProfile");
        expect("基本信息已保存");
        Path photo = TestImages.write(FILES, "desk-photo.jpg", TestImages.photo(260, 360, Color.WHITE, 40));
        browser.byId("deskPhotoForm:photo").sendKeys(photo.toAbsolutePath().toString());
        browser.clickAndWaitForPage("deskPhotoForm:uploadPhoto");
        expect("照片已保存");

        // pledge signed on paper, then the application for the exam taken only at the desks
        browser.selectOne("deskForm:session", EXAM + " 2026 年电子商务师（四级）职业技能等级认定（现场报名）");
        browser.clickAjax("deskForm:start");
        expect("诚信承诺书");
        browser.tick("deskForm:pledge");
        browser.clickAjax("deskForm:start");
        expect("提交报名");
        browser.selectOne("deskForm:site", "重庆工商职业学院考点 (重庆市沙坪坝区大学城东路 11 号)");
        browser.selectOne("deskForm:level", "四级");
        browser.driver().findElements(By.cssSelector("[id='deskForm:condition'] .ui-radiobutton-box")).get(0).click();
        browser.waitForAjax();
        browser.clickAjax("deskForm:submit");
        expect("报名已提交");
        String applicationId = browser.driver().findElement(By.cssSelector("span[id^='status-']")).getAttribute("id")
                .substring("status-".length());
        browser.screenshot("desk-submitted");

        // the region's reviewer confirms (online confirmation, nothing to upload) and approves
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "reviewer", "Review2026");
        browser.open(server.url("/staff/application.xhtml?id=" + applicationId));
        browser.clickAndWaitForPage("decisionForm:confirmOnline");
        expect("已确认");
        browser.open(server.url("/staff/application.xhtml?id=" + applicationId));
        browser.clickAndWaitForPage("decisionForm:approve");
        expect("已审核通过");

        // back at the desk: the fee in cash against a slip, and the receipt printed
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "desk.cq", "Desk2026");
        browser.open(server.url("/staff/desk.xhtml"));
        browser.type("deskForm:idNumber", id);
        browser.clickAjax("deskForm:find");
        expect("审核通过");
        browser.clickAjax(browser.driver().findElement(By.cssSelector("a[id$=':fee']")).getAttribute("id"));
        assertThat(browser.byId("feeAmount").getText()).contains("80.00");
        browser.type("deskForm:slipNumber", "xj-" + applicationId);
        browser.clickAjax("deskForm:takeFee");
        expect("已收款");
        assertThat(browser.byId("status-" + applicationId).getText()).contains("已缴费");
        browser.screenshot("desk-paid");
        String receiptPath = URI.create(browser.byId("deskForm:printReceipt").getAttribute("href")).getPath();
        try (PDDocument pdf = Loader.loadPDF(download(receiptPath))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("现场报名").contains("现场缴费（现金）").contains("80.00");
        }

        // at home: the candidate sets a password with the one-time code and sees the paid application online
        SignIns.signOut(browser, server);
        browser.open(server.url("/forgot-password.xhtml"));
        browser.type("resetForm:idNumber", id);
        browser.clickAndWaitForPage("resetForm:haveCode");
        browser.type("resetForm:code", code);
        browser.type("resetForm:password", "Walkin2026");
        browser.type("resetForm:passwordRepeat", "Walkin2026");
        browser.clickAndWaitForPage("resetForm:reset");
        expect("密码已重置");
        SignIns.candidate(browser, server, id, "Walkin2026");
        browser.open(server.url("/candidate/home.xhtml"));
        assertThat(browser.byId("applications").getText()).contains("电子商务师").contains("已缴费");
        browser.screenshot("desk-candidate-online");

        // online, the exam taken only at the desks is refused with the points named
        SignIns.signOut(browser, server);
        SignIns.candidate(browser, server, "110105199003071239", "Exam2026");
        browser.open(server.url("/index.xhtml"));
        browser.driver().findElement(By.xpath("//article[@id='exam-" + EXAM + "']//a[contains(@id, 'apply')]")).click();
        expect("报考须知");
        browser.tick("applyForm:pledge");
        browser.clickAndWaitForPage("applyForm:start");
        expect("只接受现场报名");
        assertThat(browser.text()).contains("重庆市职业技能鉴定指导中心");
    }

    private byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return response.body();
    }

    private void expect(String text) throws IOException {
        try {
            browser.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failure-" + text.replaceAll("\\W", "_"));
            throw new AssertionError("page does not say '" + text + "': " + browser.text(), e);
        }
    }
}
