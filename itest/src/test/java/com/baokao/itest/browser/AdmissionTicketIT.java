package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestImages;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
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
 * Issue 7 end to end on the demo data: the operator starts seat assignment for HR2026D from the jobs page; the
 * paid demo candidate 李娜, inside the ticket-printing window, downloads her admission ticket; the test reads the
 * ticket number from the PDF and scans its QR code; the reviewer's verification page accepts that token (with her
 * photo) and refuses an altered one; the reviewer downloads the room's sign-in sheet, which lists her.
 */
@ExtendWith(BaokaoServer.class)
class AdmissionTicketIT {

    private static final String CANDIDATE = "500106199208150028";
    private static final String SESSION = "HR2026D 2026 年第四季度企业人力资源管理师（四级）职业技能等级认定";
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
    void aPaidCandidatePrintsTheTicketAndTheDoorAcceptsItsQrCode() throws Exception {
        server = BaokaoServer.get();
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "operator", "Operate2026");
        browser.open(server.url("/staff/jobs.xhtml"));
        browser.selectOne("jobsForm:seatingSession", SESSION);
        browser.clickAjax("jobsForm:startAdmissionTickets");
        // started now, or already running from the night's catch-up run at start-up: either way it is under way
        assertThat(browser.byId("messages").getText()).containsAnyOf("已启动作业执行", "正在进行");
        browser.screenshot("tickets-01-jobs-page");

        SignIns.signOut(browser, server);
        SignIns.candidate(browser, server, CANDIDATE, "Exam2026");
        browser.driver().findElement(By.partialLinkText("第四季度企业人力资源管理师")).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!browser.exists("ticketPdf") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            browser.driver().navigate().refresh();
        }
        assertThat(browser.exists("ticketPdf")).as("the ticket can be downloaded: " + browser.text()).isTrue();
        String shownNumber = browser.byId("ticketNumber").getText();
        assertThat(shownNumber).startsWith("HR2026D-50-");
        browser.screenshot("tickets-02-candidate-application");

        String ticketPath = URI.create(browser.byId("ticketPdf").getAttribute("href")).getPath();
        byte[] ticket = download(ticketPath, "admission-ticket.pdf");
        String token;
        try (PDDocument pdf = Loader.loadPDF(ticket)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(shownNumber).contains("李娜").contains(CANDIDATE).contains("重庆工商职业学院考点")
                    .contains("理论知识").contains("技能操作");
            token = scanQr(new PDFRenderer(pdf).renderImageWithDPI(0, 150));
        }
        assertThat(download(ticketPath, null)).as("a reprint is the same PDF").isEqualTo(ticket);

        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "reviewer", "Review2026");
        browser.open(server.url("/staff/verify.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        assertThat(browser.byId("verifyForm:verdict").getText()).contains("核验通过");
        assertThat(browser.byId("verifyForm:candidateName").getText()).isEqualTo("李娜");
        assertThat(browser.byId("verifyForm:verifiedTicketNumber").getText()).isEqualTo(shownNumber);
        assertThat(browser.exists("verifyForm:photo")).as("the photo to compare with the person").isTrue();
        browser.screenshot("tickets-03-verified");

        String altered = token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);
        browser.type("verifyForm:token", altered);
        browser.clickAjax("verifyForm:verifyToken");
        assertThat(browser.byId("verifyForm:verdict").getText()).contains("核验未通过");
        assertThat(browser.exists("verifyForm:candidateName")).isFalse();
        browser.screenshot("tickets-04-forged");

        // the ticket number and the ID number typed in, as at a door without a scanner
        browser.type("verifyForm:token", "");
        browser.type("verifyForm:ticketNumber", shownNumber);
        browser.type("verifyForm:idNumber", CANDIDATE);
        browser.clickAjax("verifyForm:verifyNumber");
        assertThat(browser.byId("verifyForm:verdict").getText()).contains("核验通过");

        // the sign-in sheet of her room, for the exam-day staff of the site
        browser.open(server.url("/staff/seating.xhtml"));
        browser.selectOne("seatingForm:session", SESSION);
        browser.screenshot("tickets-05-sheets");
        String sheetPath = URI.create(browser.driver().findElement(By.cssSelector("a[id$='sheetPdf']"))
                .getAttribute("href")).getPath();
        try (PDDocument sheet = Loader.loadPDF(download(sheetPath, "sign-in-sheet.pdf"))) {
            assertThat(new PDFTextStripper().getText(sheet)).contains("签 到 表").contains("应到").contains("李娜").contains(shownNumber)
                    .doesNotContain(CANDIDATE);
        }

        // the administrator sees the counts of the run and that nobody was left without a seat
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "admin", "Admin2026");
        browser.open(server.url("/staff/seating.xhtml"));
        browser.selectOne("seatingForm:session", SESSION);
        assertThat(browser.byId("ticketCount").getText()).isEqualTo("32");
        assertThat(browser.byId("seatCount").getText()).isEqualTo("64");
        assertThat(browser.byId("unseatedCount").getText()).isEqualTo("0");
        assertThat(browser.byId("seatingForm:unseated").getText()).contains("所有考生都已安排座位");
        browser.screenshot("tickets-06-admin-seating");

        // the operator who ran 开始编排 sees its output for every site and downloads a sheet (issue 22: 404 before)
        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "operator", "Operate2026");
        browser.open(server.url("/staff/seating.xhtml"));
        browser.selectOne("seatingForm:session", SESSION);
        assertThat(browser.byId("sheetCount").getText()).isNotEqualTo("0");
        java.util.List<org.openqa.selenium.WebElement> operatorSheets =
                browser.driver().findElements(By.cssSelector("a[id$='sheetPdf']"));
        assertThat(operatorSheets).as("sheets listed for the operator").isNotEmpty();
        String operatorSheet = URI.create(operatorSheets.get(0).getAttribute("href")).getPath();
        try (PDDocument sheet = Loader.loadPDF(download(operatorSheet, "sign-in-sheet-operator.pdf"))) {
            assertThat(new PDFTextStripper().getText(sheet)).contains("签 到 表").contains("应到");
        }
        browser.screenshot("tickets-07-operator-sheets");
    }

    /** The code sits at the bottom right of the ticket; cropped to it so the tables do not distract the detector. */
    private static String scanQr(BufferedImage whole) throws Exception {
        BufferedImage page = whole.getSubimage(whole.getWidth() / 2, whole.getHeight() * 3 / 4, whole.getWidth() / 2,
                whole.getHeight() / 4);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(),
                page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** Fetches a PDF with the browser's session cookie; keeps a copy as {@code keepAs} in target/screenshots. */
    private byte[] download(String path, String keepAs) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        if (keepAs != null) {
            TestImages.write(Path.of("target", "screenshots"), keepAs, response.body());
        }
        return response.body();
    }
}
