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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new candidate's whole path on the demo exam HM2026B (seed 002: approved profile required, photo exactly
 * 260x360 px of 15-45 KB): basic info, a photo that does not fit (refused, with both sizes in the message),
 * fixed with the page's crop-and-scale tool, proofs, submit; the demo reviewer approves; then apply, save a
 * draft, submit, get a serial number and a registration form whose verification code matches the page; the
 * reviewer confirms it online and returns it with a reason pointing at the certificate number; the candidate sees
 * the reason at that field, fixes it and resubmits; the reviewer approves and the timeline moves on to payment;
 * the candidate pays on the sandbox provider's page while it drops its notification, still sees 缴费成功, and
 * downloads the electronic receipt made out to the company of the profile.
 */
@ExtendWith(BaokaoServer.class)
class ApplicationJourneyIT {

    private static final Path FILES = Path.of("target", "upload-files");
    private static final String COMPANY = "重庆市渝中区社区卫生服务中心";
    private static final String TAXPAYER_ID = "12500103MB1A23456X";
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
    void fromEmptyProfileToSubmittedApplicationWithRegistrationForm() throws Exception {
        server = BaokaoServer.get();
        SignIns.signOut(browser, server);
        String id = SignIns.newId("320104");
        String name = "张\uD842\uDFB7明"; // an Extension-B character: the PDF must print it
        SignIns.register(browser, server, name, id, "apply-" + id + "@example.com", "Apply2026x");

        // step 1: basic information (unit type OTHER needs its description)
        browser.open(server.url("/candidate/profile.xhtml"));
        browser.selectOne("profileForm:homeRegion", "重庆市 / 渝中区");
        browser.selectOne("profileForm:education", "本科");
        browser.type("profileForm:major", "预防医学");
        browser.setDate("[id='profileForm:graduationDate']", "2012-07-01");
        browser.type("profileForm:workUnit", "重庆市渝中区社区卫生服务中心");
        browser.selectOne("profileForm:unitType", "其他");
        browser.type("profileForm:workYears_input", "8");
        browser.clickAndWaitForPage("profileForm:saveBasic");
        assertThat(browser.text()).contains("请说明单位性质");
        WebElement unitTypeOther = browser.byId("profileForm:unitTypeOther");
        assertThat(unitTypeOther.isDisplayed()).as("the description field is shown").isTrue();
        assertThat(unitTypeOther.findElement(By.xpath("following-sibling::*[contains(@class, 'ui-message')]")).getText())
                .as("the message next to it, on a page saying: " + browser.text()).contains("此项必填");
        browser.type("profileForm:unitTypeOther", "民办非企业单位");
        // the fee receipt is to be made out to the employer (company invoice details)
        browser.driver().findElements(By.cssSelector("[id='profileForm:invoiceKind'] .ui-radiobutton-box")).get(1).click();
        browser.waitForAjax();
        browser.type("profileForm:invoiceCompany", COMPANY);
        browser.type("profileForm:invoiceTaxpayerId", TAXPAYER_ID);
        browser.clickAndWaitForPage("profileForm:saveBasic");
        expect("基本信息已保存");

        // step 2: a 300x400 photo is refused with both sizes, in the browser and on the server
        Path wrong = TestImages.write(FILES, "wrong-size.jpg", TestImages.photo(300, 400, Color.WHITE, 40));
        browser.byId("photoForm:photo").sendKeys(wrong.toAbsolutePath().toString());
        expect("当前为 300×400");
        browser.screenshot("profile-photo-check");
        browser.clickAndWaitForPage("photoForm:uploadPhoto");
        expect("照片须为 260×360 像素，您的照片为 300×400 像素");
        assertThat(browser.exists("photoForm:photoPreview")).isFalse();

        // the crop-and-scale tool makes a 260x360 JPEG within 15-45 KB from the same file
        browser.byId("photoForm:photo").sendKeys(wrong.toAbsolutePath().toString());
        expect("使用此照片");
        browser.driver().findElement(By.cssSelector("#photoTool .bk-use")).click();
        expect("已生成符合要求的照片");
        browser.screenshot("profile-photo-fitted");
        browser.clickAndWaitForPage("photoForm:uploadPhoto");
        expect("照片已上传");
        assertThat(browser.byId("photoForm:photoFacts").getText()).contains("260×360");

        // proofs: ID card, education, work (not a medical major with a degree, so required)
        for (int i = 0; i < 3; i++) {
            Path proof = TestImages.write(FILES, "proof-" + i + ".jpg", TestImages.proof(90));
            browser.driver().findElements(By.cssSelector("input[type=file][id^='proofForm']")).get(i)
                    .sendKeys(proof.toAbsolutePath().toString());
            browser.clickAndWaitForPage(browser.driver().findElements(By.cssSelector("button[id$=':uploadProof']")).get(i)
                    .getAttribute("id"));
            expect("材料已上传");
        }
        browser.clickAndWaitForPage("filesNav:toCheck");
        browser.screenshot("profile-check");
        confirm("submitForm:submitProfile");
        expect("资料已提交，请等待审核");
        assertThat(browser.byId("profileStatus").getText()).contains("已提交");

        // the demo reviewer (scope: Chongqing) approves
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "reviewer", "Review2026");
        browser.open(server.url("/staff/profiles.xhtml"));
        openQueueRow(name);
        browser.screenshot("review-profile");
        browser.clickAjax("reviewForm:approve");
        expect("已审核通过");

        // apply for HM2026B
        SignIns.signOut(browser, server);
        SignIns.candidate(browser, server, id, "Apply2026x");
        browser.open(server.url("/index.xhtml"));
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector("#exam-HM2026B a[id$='apply']")).getAttribute("id"));
        browser.clickAndWaitForPage("applyForm:start");
        expect("请先阅读报考须知并勾选承诺");
        browser.tick("applyForm:pledge");
        browser.selectOne("applyForm:region", "重庆市");
        browser.clickAndWaitForPage("applyForm:start");
        assertThat(browser.currentPath()).isEqualTo("/candidate/application.xhtml");

        browser.selectOne("applicationForm:reviewPoint", "重庆市职业技能鉴定指导中心");
        browser.selectOne("applicationForm:site", "重庆市渝中职业教育中心考点 (重庆市渝中区大坪正街 160 号)");
        browser.selectOne("applicationForm:level", "三级");
        browser.screenshot("application-level-chosen");
        browser.driver().findElements(By.cssSelector("[id='applicationForm:condition'] .ui-radiobutton-box")).get(0).click();
        browser.waitForAjax();
        browser.clickAndWaitForPage("applicationForm:saveDraft");
        expect("草稿已保存");
        assertThat(browser.text()).contains("理论知识").contains("技能操作");
        confirm("applicationForm:submit");
        expect("所选报考条件要求填写此项"); // condition 1 asks for the certificate's number and date
        browser.type("applicationForm:certificateNumber", "1650003004400123");
        browser.setDate("[id='applicationForm:certificateDate']", "2019-06-30");
        confirm("applicationForm:submit");
        expect("报名已提交");
        String serial = browser.byId("serialNumber").getText();
        assertThat(serial).matches("HM2026B-\\d{8}");
        String code = browser.byId("verificationCode").getText();
        browser.screenshot("application-submitted");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.screenshot("application-submitted-phone");
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1")).as("no sideways scrolling at 360 px").isTrue();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));

        String pdfText = download(URI.create(browser.byId("applicationForm:formPdf").getAttribute("href")).getPath());
        assertThat(pdfText).contains(name).contains(serial).contains(code).contains("理论知识").contains("1650003004400123");

        // withdraw, change nothing, submit again: the serial number stays
        String firstFormUrl = browser.byId("applicationForm:formPdf").getAttribute("href");
        confirm("applicationForm:withdraw");
        expect("报名已撤回");
        // a withdrawn draft's form is not offered: its code could not be confirmed on site
        assertThat(browser.exists("applicationForm:formPdf")).isFalse();
        String applicationUrl = browser.driver().getCurrentUrl();
        browser.open(firstFormUrl);
        assertThat(browser.text()).contains("草稿");
        browser.open(applicationUrl);
        confirm("applicationForm:submit");
        expect("报名已提交");
        assertThat(browser.byId("serialNumber").getText()).isEqualTo(serial);

        String formPath = URI.create(browser.byId("applicationForm:formPdf").getAttribute("href")).getPath();
        String photoPath = URI.create(browser.byId("examPhotoPreview").getAttribute("src")).getPath();
        String applicationId = formPath.replaceAll(".*/", "");
        String applicationPath = "/candidate/application.xhtml?id=" + applicationId;
        assertThat(currentStep()).isEqualTo("报名确认");

        // the reviewer (region Chongqing; one-level review, online confirmation) finds it in the queue and confirms
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "reviewer", "Review2026");
        browser.open(server.url("/staff/applications.xhtml"));
        // the queue shows the columns a reviewer decides by; the others behind a toggle (issue 22: cramped at 1280 px)
        By secondary = By.cssSelector("[id='queueForm:queue_data'] td.bk-secondary");
        assertThat(browser.driver().findElements(secondary)).isNotEmpty().noneMatch(org.openqa.selenium.WebElement::isDisplayed);
        browser.byId("toggleColumns").click();
        assertThat(browser.driver().findElements(secondary)).allMatch(org.openqa.selenium.WebElement::isDisplayed);
        browser.byId("toggleColumns").click();
        browser.driver().findElements(By.cssSelector("[id='queueForm:queue_data'] tr")).stream()
                .filter(row -> row.getText().contains(serial)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the queue: " + browser.text()))
                .findElement(By.cssSelector("a[id$='openItem']")).click();
        expect("规则检查");
        assertThat(browser.byId("stage").getText()).contains("确认");
        browser.screenshot("review-confirmation");
        assertNoSidewaysScrollingAt360("review-confirmation-phone");
        browser.open(server.url("/staff/applications.xhtml"));
        assertNoSidewaysScrollingAt360("review-queue-phone");
        browser.open(server.url("/staff/application.xhtml?id=" + applicationId));
        // key a confirms here (approves at a review stage), as the page's hint says
        pressAndWaitForPage("a", "decisionForm:confirmOnline");
        expect("已确认");

        // region review: return for correction, the reason pointing at the certificate number
        browser.open(server.url("/staff/application.xhtml?id=" + applicationId));
        assertThat(browser.byId("stage").getText()).contains("考区审核");
        browser.clickAndWaitForPage("decisionForm:returnApplication");
        expect("退回时请写明原因");
        // key r (issue 22: it did nothing): opens the menu of the reason row still without a reason ...
        press("r");
        waitShown("decisionForm:reasonRows:0:reason_panel");
        press(org.openqa.selenium.Keys.ESCAPE.toString());
        browser.selectOne("decisionForm:reasonRows:0:reason", "填报信息有误");
        // ... and when every row has one, adds a row and opens its menu
        press("r");
        waitShown("decisionForm:reasonRows:1:reason_panel");
        press(org.openqa.selenium.Keys.ESCAPE.toString());
        browser.clickAjax("decisionForm:reasonRows:1:removeReason");
        assertThat(browser.exists("decisionForm:reasonRows:1:reason")).isFalse();
        browser.selectOne("decisionForm:reasonRows:0:reason", "填报信息有误");
        browser.selectOne("decisionForm:reasonRows:0:field", "证书编号");
        browser.type("decisionForm:reasonRows:0:comment", "证书编号与证书照片不一致");
        browser.screenshot("review-return");
        browser.clickAndWaitForPage("decisionForm:returnApplication");
        expect("已退回给考生修改");

        // the candidate sees the reason at the field, with the deadline counting down, fixes it and resubmits
        SignIns.signOut(browser, server);
        SignIns.candidate(browser, server, id, "Apply2026x");
        browser.open(server.url(applicationPath));
        expect("审核意见");
        assertThat(browser.byId("applicationStatus").getText()).contains("退回修改");
        assertThat(browser.driver().findElement(By.cssSelector(".bk-reason[data-field='certificateNumber']")).getText())
                .contains("证书编号与证书照片不一致");
        assertThat(browser.byId("countdown").getText()).matches(".*\\d{2}:\\d{2}:\\d{2}");
        // and beside the button that resubmits (issue 22: only at the page top)
        assertThat(browser.byId("applicationForm:submitTimeLeft").getText()).contains("距提交截止还有").matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*");
        browser.screenshot("candidate-returned");
        browser.type("applicationForm:certificateNumber", "1650003004400124");
        assertThat(browser.byId("applicationForm:submit").getText()).contains("重新提交");
        confirm("applicationForm:submit");
        expect("报名已提交");
        assertThat(browser.byId("applicationStatus").getText()).contains("已确认，待审核");
        assertThat(browser.byId("navForm:unreadCount").getText()).matches("\\d+");

        // back in the same queue: the reviewer approves; the candidate's timeline moves on to payment
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "reviewer", "Review2026");
        browser.open(server.url("/staff/application.xhtml?id=" + applicationId));
        assertThat(browser.byId("decisionHistory").getText()).contains("退回修改").contains("证书编号与证书照片不一致");
        pressAndWaitForPage("a", "decisionForm:approve");
        expect("已审核通过");
        SignIns.signOut(browser, server);
        SignIns.candidate(browser, server, id, "Apply2026x");
        browser.open(server.url(applicationPath));
        assertThat(browser.byId("applicationStatus").getText()).contains("审核通过");
        assertThat(currentStep()).isEqualTo("网上缴费");
        assertThat(browser.byId("applicationForm:payTimeLeft").getText()).contains("距缴费截止还有").matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*");
        assertThat(browser.byId("historySection").getText()).contains("退回修改").contains("审核通过");
        browser.screenshot("candidate-approved");
        browser.open(server.url("/candidate/inbox.xhtml"));
        assertThat(browser.byId("inboxForm").getText()).contains("报名审核通过").contains("报名被退回修改");
        browser.screenshot("candidate-inbox");

        // pay through the sandbox provider while it drops its notification: back on Baokao the payment is
        // confirmed by asking the provider, never shown as unpaid (seed 002: 报名成功！缴费成功！)
        // no receipt before paying: no link, and the address says why in a sentence
        browser.open(server.url(applicationPath));
        assertThat(browser.exists("applicationForm:receiptPdf")).isFalse();
        HttpResponse<String> early = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url("/candidate/receipt/" + applicationId)))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("还没有缴费");
        assertThat(sandboxFault("DROP", "1")).isEqualTo(200);
        try {
            browser.open(server.url(applicationPath));
            assertThat(browser.byId("payNotice").getText()).contains("350.00");
            browser.clickAndWaitForPage("applicationForm:pay");
            expect("沙箱支付");
            browser.screenshot("sandbox-pay-page");
            browser.clickAndWaitForPage("pay");
            expect("报名成功！缴费成功！");
            assertThat(browser.currentPath()).isEqualTo("/candidate/paid.xhtml");
            assertThat(browser.byId("serialNumber").getText()).isEqualTo(serial);
            browser.screenshot("payment-success");
            assertNoSidewaysScrollingAt360("payment-success-phone");
        } finally {
            sandboxFault("NONE", "0");
        }
        // the electronic receipt, made out to the company of the profile, from the return page and the application
        String receiptPath = URI.create(browser.byId("receiptPdf").getAttribute("href")).getPath();
        String receipt = download(receiptPath, "receipt.pdf");
        assertThat(receipt).contains("报名费电子收据").contains(serial).contains("¥350.00").contains("叁佰伍拾元整")
                .contains(COMPANY).contains(TAXPAYER_ID).contains(name).contains("理论知识").contains("技能操作");
        browser.open(server.url(applicationPath));
        assertThat(browser.byId("applicationStatus").getText()).contains("已缴费");
        assertThat(URI.create(browser.byId("applicationForm:receiptPdf").getAttribute("href")).getPath()).isEqualTo(receiptPath);
        assertThat(download(receiptPath, null)).as("a reprint reads like the first print").isEqualTo(receipt);
        browser.open(server.url("/candidate/home.xhtml"));
        assertThat(browser.byId("applications").getText()).contains(serial);
        browser.screenshot("centre-timeline");

        // another candidate gets nothing of this one's: not the photo, not the form, not the application page
        SignIns.signOut(browser, server);
        String other = SignIns.newId("320104");
        SignIns.register(browser, server, "李四", other, "other-" + other + "@example.com", "Other2026x");
        assertThat(get(photoPath)).isEqualTo(404);
        assertThat(get(formPath)).isEqualTo(404);
        assertThat(get(receiptPath)).isEqualTo(404);
        browser.open(server.url(applicationPath));
        expect("没有找到这份报名");
        assertThat(browser.currentPath()).isEqualTo("/candidate/home.xhtml");
        assertThat(browser.text()).doesNotContain(serial);
        // signed out, the file needs a sign-in first
        SignIns.signOut(browser, server);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(photoPath))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isNotEqualTo(200);
    }

    private void assertNoSidewaysScrollingAt360(String screenshot) throws IOException {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.screenshot(screenshot);
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1")).as("no sideways scrolling at 360 px: " + screenshot).isTrue();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
    }

    /** Tells the sandbox payment provider how to mistreat its next notifications (signed as the merchant). */
    private int sandboxFault(String mode, String count) throws IOException, InterruptedException {
        java.util.Map<String, String> form = new java.util.HashMap<>(java.util.Map.of("merchant", "BAOKAO", "mode", mode,
                "count", count));
        String body = com.baokao.payment.PaymentSignature.signed(form, BaokaoServer.PAYMENT_KEY).entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/sandbox/api/faults")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The label of the timeline node the application is at. */
    private String currentStep() {
        return browser.driver().findElement(By.cssSelector(".bk-node-CURRENT .bk-node-label")).getText();
    }

    private int get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Waits for {@code text}; on failure keeps a screenshot of what the page said instead. */
    private void expect(String text) throws IOException {
        try {
            browser.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failure-" + text.replaceAll("\\W", "_"));
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
        browser.screenshot("confirm-" + buttonId.replace(':', '-'));
        yes.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(stale));
    }

    private void openQueueRow(String candidateName) {
        var rows = browser.driver().findElements(By.cssSelector("[id='reviewForm:queue_data'] tr"));
        for (var row : rows) {
            if (row.getText().contains(candidateName)) {
                row.findElement(By.cssSelector("button")).click();
                browser.waitForAjax();
                browser.byId("reviewForm:decision");
                return;
            }
        }
        throw new AssertionError("no queue row for " + candidateName + ": " + browser.text());
    }

    /** Fetches a page with the browser's session cookie and returns the PDF's text. */
    private String download(String path) throws IOException, InterruptedException {
        return download(path, "registration-form.pdf");
    }

    /** Like {@link #download(String)}, keeping a copy as {@code keepAs} in target/screenshots unless null. */
    private String download(String path, String keepAs) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        if (keepAs != null) {
            TestImages.write(Path.of("target", "screenshots"), keepAs, response.body());
        }
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** A key pressed on the page itself, as a reviewer does with nothing focused (keys are ignored while typing). */
    private static void press(String key) {
        browser.waitForAjax();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "if (document.activeElement) { document.activeElement.blur(); }");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses a key that submits the page, and waits for the next one (the button it presses is gone then). */
    private static void pressAndWaitForPage(String key, String buttonId) {
        org.openqa.selenium.WebElement button = browser.byId(buttonId);
        press(key);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
    }

    private static void waitShown(String id) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id(id)).isEmpty() && d.findElement(By.id(id)).isDisplayed());
    }
}
