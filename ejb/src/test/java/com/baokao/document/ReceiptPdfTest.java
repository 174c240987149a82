package com.baokao.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptPdfTest {

    /** 𠮷 (U+20BB7, Extension B) comes from Hanazono Mincho B: it must survive into the receipt's text. */
    private static final String NAME = "吉\uD842\uDFB7祥";
    private static final List<ReceiptData.FeeLine> LINES = List.of(
            new ReceiptData.FeeLine("01", "理论知识", 17500),
            new ReceiptData.FeeLine("02", "技能操作", 17550));

    @Test
    void aPersonalReceiptNamesTheCandidateAsPayer() throws IOException {
        String text = text(ReceiptPdf.render(receipt(NAME, null)), "receipt-personal.pdf");
        assertThat(text).contains(ReceiptPdf.TITLE, "收据号码", "SJ2026050100000012", "交款人", NAME,
                "110105********1239", "HM2026B", "HM2026B-00000042", "健康管理师（三级）2026 年第二批",
                "理论知识", "技能操作", "175.00", "175.50", "¥350.50", "叁佰伍拾元伍角整",
                "BK2026050100000012", "SBX20260501000042", "2026-05-01 10:15:30", "重庆市职业技能鉴定指导中心",
                "3Q7M-KX2D-9RTA", ReceiptPdf.NOTE);
        assertThat(text).doesNotContain("纳税人识别号", "交款单位");
    }

    @Test
    void aCompanyReceiptNamesTheCompanyAndItsTaxpayerId() throws IOException {
        String text = text(ReceiptPdf.render(receipt("重庆某某健康管理有限公司", "91500103MA5U7K2X1Q")), "receipt-company.pdf");
        assertThat(text).contains("交款单位", "重庆某某健康管理有限公司", "纳税人识别号", "91500103MA5U7K2X1Q",
                "考生姓名", NAME, "¥350.50", "叁佰伍拾元伍角整");
    }

    @Test
    void aReprintReadsExactlyLikeTheFirstPrint() throws IOException {
        ReceiptData data = receipt(NAME, null);
        assertThat(text(ReceiptPdf.render(data), null)).isEqualTo(text(ReceiptPdf.render(data), null));
    }

    @Test
    void theReceiptIsOneA4PageWithItsNumberInTheTitle() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ReceiptPdf.render(receipt(NAME, null)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595f, org.assertj.core.api.Assertions.within(1f));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("报名费电子收据 SJ2026050100000012");
        }
    }

    @Test
    void aReceiptPaidAtTheDeskSaysSoWhereAnOnlineOneSaysOnline() throws IOException {
        ReceiptData online = receipt(NAME, null);
        ReceiptData desk = new ReceiptData(online.receiptNumber(), online.payerName(), null, NAME, online.idNumber(),
                online.examName(), online.examCode(), online.serialNumber(), online.region(), online.lines(), online.totalFen(),
                online.orderNumber(), "DESK-CASH-BK2026050100000012", online.paidAt(), online.issuer(), online.verificationCode());
        assertThat(online.deskMethod()).isNull();
        assertThat(text(ReceiptPdf.render(online), null)).contains("网上支付").doesNotContain("现场缴费");
        assertThat(desk.deskMethod()).isEqualTo("现场缴费（现金）");
        assertThat(text(ReceiptPdf.render(desk), "receipt-desk.pdf")).contains("现场缴费（现金）").doesNotContain("网上支付");
    }

    static ReceiptData receipt(String payer, String taxpayerId) {
        return new ReceiptData("SJ2026050100000012", payer, taxpayerId, NAME, "110105********1239",
                "健康管理师（三级）2026 年第二批", "HM2026B", "HM2026B-00000042", "重庆市", LINES, 35050,
                "BK2026050100000012", "SBX20260501000042", "2026-05-01 10:15:30", "重庆市职业技能鉴定指导中心",
                "3Q7M-KX2D-9RTA");
    }

    /** The PDF's text; with a file name, a copy in target/ to look at ({@code pdftoppm -png}). */
    private static String text(byte[] pdf, String keepAs) throws IOException {
        if (keepAs != null) {
            Path dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            Files.write(dir.resolve(keepAs), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
