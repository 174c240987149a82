package com.baokao.itest.browser;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.Browser;
import com.baokao.itest.support.SignIns;
import com.baokao.itest.support.TestImages;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002 "证书领取方式" end to end on the demo data: 李娜, who passed HR2026C (released scores), chooses postal
 * delivery cash on delivery with a Chongqing address; the administrator issues the session's certificate numbers,
 * downloads the postal list (the courier's XLSX, her line in it) and records her tracking number; she sees
 * "已寄出，运单号 …".
 */
@ExtendWith(BaokaoServer.class)
class CertificateDeliveryIT {

    private static final String CANDIDATE = "500106199208150028";
    private static final String SESSION_NAME = "2026 年第三季度企业人力资源管理师";
    private static final String TRACKING = "SF1402002612345";
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
    void aPassedCandidateChoosesThePostAndSeesTheTrackingNumber() throws Exception {
        server = BaokaoServer.get();
        SignIns.signOut(browser, server);
        SignIns.candidate(browser, server, CANDIDATE, "Exam2026");
        browser.clickAndWaitForPage("toCertificate");
        WebElement article = article();
        assertThat(article.getText()).contains("可以领取证书");
        if (!browser.exists("certificateForm:choice") || !browser.byId("certificateForm:choice").getText().contains(SESSION_NAME)) {
            String change = article.findElement(By.cssSelector("button[id$=':change']")).getAttribute("id");
            browser.clickAjax(change);
        }
        assertThat(browser.byId("certificateForm:choice").getText()).contains(SESSION_NAME);
        // self pick-up first: the site's address and the opening hours
        assertThat(browser.byId("certificateForm:pickupInfo").getText()).contains("大学城东路 11 号").contains("工作日");
        browser.driver().findElement(By.xpath("//*[@id='certificateForm:method']//label[contains(., '邮政快递到付')]")).click();
        browser.waitForAjax();
        browser.type("certificateForm:recipient", "李娜");
        browser.type("certificateForm:phone", "13912345678");
        browser.selectOne("certificateForm:province", "重庆市");
        browser.type("certificateForm:city", "重庆市");
        browser.type("certificateForm:district", "渝北区");
        browser.type("certificateForm:detail", "金开大道 100 号 3 栋 2 单元");
        browser.type("certificateForm:postcode", "40112");
        browser.clickAjax("certificateForm:save");
        assertThat(browser.text()).contains("邮编应为 6 位数字");
        browser.type("certificateForm:postcode", "401120");
        browser.clickAjax("certificateForm:save");
        assertThat(browser.byId("certificateForm:messages").getText()).contains("证书领取方式已保存");
        assertThat(article().getText()).contains("邮政快递到付").contains("渝北区金开大道 100 号");
        browser.screenshot("certificate-01-candidate-chose-post");

        SignIns.signOut(browser, server);
        SignIns.staff(browser, server, "admin", "Admin2026");
        browser.open(server.url("/admin/certificates.xhtml"));
        browser.driver().findElement(By.partialLinkText("HR2026C")).click();
        assertThat(browser.byId("sessionName").getText()).contains(SESSION_NAME);
        browser.clickAjax("certificatesForm:issue");
        assertThat(browser.byId("certificatesForm:messages").getText()).contains("证书编号");
        browser.screenshot("certificate-02-admin-issued");

        String listPath = URI.create(browser.byId("postalList").getAttribute("href")).getPath();
        byte[] xlsx = download(listPath);
        String number = null;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).startsWith("收件人", "手机", "省", "市", "区", "详细地址", "邮编", "物品", "付款方式");
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && "李娜".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(cells(row)).startsWith("李娜", "13912345678", "重庆市", "重庆市", "渝北区",
                            "金开大道 100 号 3 栋 2 单元", "401120", "证书", "到付");
                    number = row.getCell(9).getStringCellValue();
                }
            }
        }
        assertThat(number).as("her line in the postal list").startsWith("HR2026C-");

        browser.type("certificatesForm:trackingKey", number);
        browser.type("certificatesForm:trackingNumber", TRACKING);
        browser.clickAjax("certificatesForm:recordTracking");
        assertThat(browser.byId("certificatesForm:messages").getText()).contains("运单号已登记");
        assertThat(browser.byId("certificatesForm:postalRows").getText()).contains(TRACKING);
        browser.screenshot("certificate-03-admin-tracking");

        SignIns.signOut(browser, server);
        SignIns.candidate(browser, server, CANDIDATE, "Exam2026");
        browser.open(server.url("/candidate/certificate.xhtml"));
        assertThat(article().getText()).contains("已寄出，运单号 " + TRACKING).contains(number);
        browser.screenshot("certificate-04-candidate-shipped");
    }

    private WebElement article() {
        browser.waitForAjax();
        return browser.driver().findElement(By.xpath("//article[.//h2[contains(., '" + SESSION_NAME + "')]]"));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", browser.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
        TestImages.write(Path.of("target", "screenshots"), "postal-list.xlsx", response.body());
        return response.body();
    }
}
