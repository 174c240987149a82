package com.baokao.document;

import com.baokao.seating.TicketNumber;
import com.baokao.seating.TicketToken;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionTicketPdfTest {

    /** 𠮷 (U+20BB7, Extension B) is not in WenQuanYi Micro Hei: it must come from Hanazono Mincho B. */
    static final String NAME = "钱\uD842\uDFB7";
    static final String ID = "50010619900315002X";
    static final TicketNumber NUMBER = new TicketNumber("HM2026B", "50", 1234);
    static final byte[] KEY = "test-ticket-token-key-0123456789".getBytes(StandardCharsets.US_ASCII);
    static final List<String> RULES = List.of(
            "考生凭本准考证和有效居民身份证原件参加考试，两证缺一不得入场。",
            "考生须在每科开考前 30 分钟到达考场，开考 15 分钟后不得入场，考试开始 60 分钟内不得交卷离场。",
            "考生只准携带黑色墨水签字笔、2B 铅笔、橡皮和无存储功能的计算器入场；手机等通讯工具须关闭后存放在指定位置。",
            "考生须按座位号就座，并将准考证和身份证放在桌面左上角，以便监考人员核验。",
            "考试结束铃响后立即停止答题，待监考人员收齐试卷、答题卡后方可离场。",
            "违反考试纪律的，按《专业技术人员资格考试违纪违规行为处理规定》处理。");

    static String token(long applicationId) {
        return new TicketToken(NUMBER, applicationId, 7, 1).sign(KEY);
    }

    static AdmissionTicketData sample(String name, byte[] photo, String token) {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        List<AdmissionTicketData.Sitting> sittings = List.of(
                sitting("建设工程施工管理", LocalDateTime.of(2026, 5, 23, 9, 0), 180, "第 012 考场", 7, shanghai),
                sitting("建设工程法规及相关知识", LocalDateTime.of(2026, 5, 23, 14, 30), 120, "第 012 考场", 7, shanghai),
                sitting("专业工程管理与实务（建筑工程）", LocalDateTime.of(2026, 5, 24, 9, 0), 180, "第 031 考场", 28,
                        shanghai));
        return new AdmissionTicketData(name, ID, photo, "2026 年度二级建造师执业资格考试", "HM2026B", NUMBER.toString(),
                "HM2026B-00012345", "重庆市第八中学校（渝北校区）", "重庆市渝北区龙溪街道松牌路 93 号", sittings, RULES, token);
    }

    private static AdmissionTicketData.Sitting sitting(String subject, LocalDateTime start, int minutes, String room,
            int seat, ZoneId zone) {
        return new AdmissionTicketData.Sitting(subject, start.atZone(zone).toInstant(),
                start.plusMinutes(minutes).atZone(zone).toInstant(), room, seat);
    }

    @Test
    void theTicketCarriesTheCandidateTheSittingsAndTheRulesOnOnePage() throws IOException {
        AdmissionTicketData data = sample(NAME, RegistrationFormPdfTest.jpegPhoto(), token(42));
        byte[] pdf = AdmissionTicketPdf.render(data);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "admission-ticket-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(NAME, ID, NUMBER.toString(), "HM2026B-00012345", "准", "考生须知",
                    "重庆市第八中学校（渝北校区）", "重庆市渝北区龙溪街道松牌路 93 号", "2026 年度二级建造师执业资格考试");
            // the table: Beijing times whatever the JVM's zone, rooms and two-digit seats
            assertThat(text).contains("科目", "日期", "时间", "考场", "座位号");
            assertThat(text).contains("2026-05-23（周六）", "09:00–12:00", "14:30–16:30", "2026-05-24（周日）");
            for (AdmissionTicketData.Sitting s : data.sittings()) {
                assertThat(text).contains(s.subjectName(), s.roomName());
            }
            assertThat(text).contains("07", "28");
            // the rules, numbered; lines may wrap, so compare without line breaks
            String flat = text.replaceAll("\\s*\\R\\s*", "");
            for (int i = 0; i < RULES.size(); i++) {
                assertThat(flat).contains((i + 1) + ". " + RULES.get(i).replace(" ", "").substring(0, 8));
                assertThat(flat.replace(" ", "")).contains(RULES.get(i).replace(" ", ""));
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("2026 年度二级建造师执业资格考试 准考证");
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
        }
    }

    @Test
    void theQrCodeScansToTheSignedToken() throws Exception {
        String token = token(42);
        byte[] pdf = AdmissionTicketPdf.render(sample(NAME, RegistrationFormPdfTest.jpegPhoto(), token));
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
        }
        // the code sits at the bottom right; crop to it so table rules do not distract the detector
        BufferedImage corner = page.getSubimage(page.getWidth() / 2, page.getHeight() * 3 / 4, page.getWidth() / 2,
                page.getHeight() / 4);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels)));
        String scanned = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(scanned).isEqualTo(token);
        assertThat(TicketToken.read(scanned, KEY)).hasValueSatisfying(t -> assertThat(t.ticketNumber()).isEqualTo(NUMBER));
    }

    @Test
    void twoRendersOfTheSameDataAreTheSameBytes() {
        byte[] photo = RegistrationFormPdfTest.jpegPhoto();
        byte[] first = AdmissionTicketPdf.render(sample(NAME, photo, token(42)));
        byte[] second = AdmissionTicketPdf.render(sample(NAME, photo.clone(), token(42)));
        // Arrays.equals, not isEqualTo: a failure should not print two 100 KB byte arrays
        assertThat(Arrays.equals(first, second)).as("byte-identical reprint (%d and %d bytes, first difference at %d)",
                first.length, second.length, Arrays.mismatch(first, second)).isTrue();
        // and another candidate's ticket is not
        assertThat(Arrays.equals(first, AdmissionTicketPdf.render(sample("钱多", photo, token(43))))).isFalse();
    }

    @Test
    void fontsAreEmbeddedAsSubsetsIncludingTheExtensionBFont() throws IOException {
        byte[] pdf = AdmissionTicketPdf.render(sample(NAME, RegistrationFormPdfTest.jpegPhoto(), token(42)));
        List<String> names = fontNames(pdf);
        assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+.+"), "subset prefix");
        assertThat(names).anyMatch(n -> n.endsWith("+HanaMinB"));
        System.out.printf("admission ticket: %,d bytes, fonts %s%n", pdf.length, names);
    }

    /** Hanazono Mincho B's subset costs ~360 KB of glyph tables before compression: only names that need it pay. */
    @Test
    void aNameWithoutExtensionBCharactersDoesNotEmbedTheExtensionBFont() throws IOException {
        byte[] pdf = AdmissionTicketPdf.render(sample("王秀英", RegistrationFormPdfTest.jpegPhoto(), token(42)));
        List<String> names = fontNames(pdf);
        assertThat(names).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+.+"), "subset prefix");
        assertThat(names).noneMatch(n -> n.endsWith("+HanaMinB"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("王秀英", "考生须知");
        }
        System.out.printf("admission ticket without Extension B: %,d bytes, fonts %s%n", pdf.length, names);
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), names);
            }
        }
        return names;
    }

    private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<String> names)
            throws IOException {
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                    .as("embedded TrueType program of %s", font.getName()).isNotNull();
            names.add(font.getName());
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && form.getResources() != null) {
                collectFonts(form.getResources(), names);
            }
        }
    }

    @Test
    void withoutAPhotoTheBoxSaysSo() throws IOException {
        try (PDDocument doc = Loader.loadPDF(AdmissionTicketPdf.render(sample(NAME, null, token(42))))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("照片", NAME);
        }
    }
}
