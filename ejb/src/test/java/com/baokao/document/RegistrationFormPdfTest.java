package com.baokao.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationFormPdfTest {

    /** 𠮷 (U+20BB7, Extension B) is not in WenQuanYi Micro Hei: it must come from Hanazono Mincho B. */
    private static final String NAME = "吉\uD842\uDFB7祥";
    private static final String ID = "11010519491231002X";
    private static final String SERIAL = "BK2025-000123";
    private static final String CODE = "7KQ4-M2XD";
    private static final List<RegistrationFormData.SubjectLine> SUBJECTS = List.of(
            new RegistrationFormData.SubjectLine("01", "建设工程经济", "2025-09-20 09:00–11:00", ""),
            new RegistrationFormData.SubjectLine("02", "建设工程法规及相关知识", "2025-09-20 14:00–17:00",
                    "已于 2024-05-12 合格，本次免考"),
            new RegistrationFormData.SubjectLine("03", "建设工程项目管理", "2025-09-21 09:00–12:00", ""),
            new RegistrationFormData.SubjectLine("04", "专业工程管理与实务（建筑工程）", "2025-09-21 14:00–18:00", ""));

    @Test
    void theFormCarriesTheCandidatesDataOnOnePage() throws IOException {
        byte[] pdf = RegistrationFormPdf.render(sample(SERIAL, jpegPhoto()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(NAME, ID, SERIAL, CODE, "二级建造师执业资格考试 报名表",
                    RegistrationFormPdf.CODE_LABEL, RegistrationFormPdf.CODE_NOTE, "考生签名", "审核人签名",
                    "如有虚假，自愿承担相应责任。", "本次免考", "某某省建筑设计研究院有限公司");
            SUBJECTS.forEach(s -> assertThat(text).contains(s.name()));
            // the long extra field wraps, possibly splitting lines; its rare character must survive wrapping
            assertThat(text).contains("\uD869\uDEA5");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("二级建造师执业资格考试 报名表");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Baokao");
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsetsIncludingTheExtensionBFont() throws IOException {
        byte[] pdf = RegistrationFormPdf.render(sample(SERIAL, jpegPhoto()));
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                            .as("embedded TrueType program of %s", font.getName()).isNotNull();
                    names.add(font.getName());
                }
            }
        }
        assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+.+"), "subset prefix");
        assertThat(names).anyMatch(n -> n.endsWith("+HanaMinB"))
                .anyMatch(n -> n.endsWith("+WenQuanYiMicroHei"))
                .anyMatch(n -> n.endsWith("+WenQuanYiMicroHeiMono"));
        // the font files are 36 MB; a subset form (with a photo) is a small fraction of that
        assertThat(pdf.length).isLessThan(400_000);
        System.out.printf("registration form: %,d bytes, fonts %s%n", pdf.length, names);
    }

    @Test
    void aSupplementaryCharacterGoesWholeToTheExtensionFont() {
        Phrase p = PdfFonts.phrase(NAME, 10, false);
        List<String> runs = new ArrayList<>();
        for (Object o : p) {
            Chunk c = (Chunk) o;
            runs.add(c.getContent() + "@" + c.getFont().getBaseFont().getPostscriptFontName());
        }
        assertThat(runs).containsExactly("吉@WenQuanYiMicroHei", "\uD842\uDFB7@HanaMinB", "祥@WenQuanYiMicroHei");
    }

    @Test
    void theQrCodeScansToTheVerificationCode() throws Exception {
        byte[] pdf = RegistrationFormPdf.render(sample(SERIAL, jpegPhoto()));
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 150);
        }
        // the box sits at the bottom of the page; crop to it so table rules do not distract the detector
        BufferedImage bottom = page.getSubimage(0, page.getHeight() * 3 / 4, page.getWidth(), page.getHeight() / 4);
        int[] pixels = bottom.getRGB(0, 0, bottom.getWidth(), bottom.getHeight(), null, 0, bottom.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(bottom.getWidth(), bottom.getHeight(), pixels)));
        String scanned = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(scanned).isEqualTo(CODE);
    }

    @Test
    void aDraftHasNoSerialNumberAndIsMarkedAsSuch() throws IOException {
        // no photo, not-applicable fields left out, decoded photo path not used either
        byte[] pdf = RegistrationFormPdf.render(sample(null, null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(NAME, "草稿", "照片").doesNotContain(SERIAL);
        }
    }

    @Test
    void aLongFormMovesTheVerificationBoxToTheBottomOfANewPage() throws IOException {
        RegistrationFormData d = sample(SERIAL, jpegPhoto());
        List<String[]> extras = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            extras.add(new String[] {"工作经历 " + i, "在某某建设集团第 " + i + " 项目部任施工员，负责住宅及公共建筑施工管理，"
                    + "参与编制施工组织设计与专项施工方案，组织现场质量与安全检查。"});
        }
        d = new RegistrationFormData(d.examName(), d.examCode(), d.serialNumber(), d.statusLabel(),
                d.fullName(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.phone(), d.email(),
                d.education(), d.major(), d.graduationDate(), d.workUnit(), d.unitType(), d.workYears(),
                d.practiceCategory(), d.firstRegistrationDate(),
                d.region(), d.reviewPoint(), d.site(), d.level(), d.specialty(), d.condition(),
                d.subjects(), d.candidateType(), extras,
                d.photoJpeg(), d.photoImage(), d.verificationCode(), d.generatedAt(), d.locale());
        try (PDDocument doc = Loader.loadPDF(RegistrationFormPdf.render(d))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(2);
            assertThat(lastPage.getText(doc)).contains(CODE, RegistrationFormPdf.CODE_LABEL, "第 2 页");
        }
    }

    @Test
    void aDecodedPhotoIsUsedInsteadOfTheStoredJpeg() throws IOException {
        BufferedImage upright = photoImage(1200, 1600);
        RegistrationFormData d = sample(SERIAL, null);
        d = withPhoto(d, null, upright);
        byte[] pdf = RegistrationFormPdf.render(d);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var images = new ArrayList<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject>();
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
                    images.add(img);
                }
            }
            assertThat(images).hasSize(1);
            // downscaled to 300 dpi at 30 × 40 mm rather than embedding 1200 × 1600 pixels
            assertThat(images.get(0).getWidth()).isEqualTo(354);
            assertThat(images.get(0).getHeight()).isEqualTo(472);
        }
    }

    @Test
    void renderingSpeedAndASampleToLookAt() throws Exception {
        RegistrationFormData data = sample(SERIAL, jpegPhoto());
        Path sample = Path.of("target", "registration-form-sample.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, RegistrationFormPdf.render(data));
        Files.write(Path.of("target", "registration-form-draft-sample.pdf"),
                RegistrationFormPdf.render(sample(null, null)));

        for (int i = 0; i < 20; i++) {
            RegistrationFormPdf.render(data); // warm up the JIT
        }
        int n = 100;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            RegistrationFormPdf.render(data);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("registration form: %d renders in %.2f s = %.0f forms/s (%.1f ms each, one thread)%n",
                n, seconds, n / seconds, seconds * 1000 / n);

        // the fonts are shared by all threads: render concurrently and check every result
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            start = System.nanoTime();
            List<Future<byte[]>> futures = IntStream.range(0, n)
                    .mapToObj(i -> pool.submit(() -> RegistrationFormPdf.render(data))).toList();
            List<byte[]> results = new ArrayList<>();
            for (Future<byte[]> f : futures) {
                results.add(f.get());
            }
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("registration form: %d renders on 4 threads in %.2f s = %.0f forms/s%n",
                    n, seconds, n / seconds);
            for (byte[] pdf : results) {
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertThat(new PDFTextStripper().getText(doc)).contains(NAME, CODE);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- data ----------------------------------------------------------------------------------------

    static RegistrationFormData sample(String serial, byte[] photo) {
        return new RegistrationFormData(
                "二级建造师执业资格考试", "EJ2025", serial, serial == null ? "草稿，未提交" : "已提交，待审核",
                NAME, "女", "1990-03-15", "居民身份证", ID, "138 0013 8000", "jixiang@example.com",
                "大学本科", "土木工程", "2012-07-01", "某某省建筑设计研究院有限公司", "国有企业", "12",
                null, null,
                "某某省 · 某某市", "某某市人力资源考试中心", "某某市第一中学", "二级", "建筑工程",
                "具有工程类或工程经济类中等专科以上学历并从事建设工程项目施工管理工作满 2 年",
                SUBJECTS, "考全科",
                List.of(new String[] {"从业单位证明", "已上传（单位盖章）"},
                        new String[] {"工作经历", "2012—2016 年在某某建设集团\uD869\uDEA5项目部任施工员，"
                                + "2016 年至今任项目技术负责人，负责住宅及公共建筑施工管理。"}),
                photo, null, CODE, "2025-06-01 10:24", Locale.SIMPLIFIED_CHINESE);
    }

    private static RegistrationFormData withPhoto(RegistrationFormData d, byte[] jpeg, BufferedImage image) {
        return new RegistrationFormData(d.examName(), d.examCode(), d.serialNumber(), d.statusLabel(),
                d.fullName(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.phone(), d.email(),
                d.education(), d.major(), d.graduationDate(), d.workUnit(), d.unitType(), d.workYears(),
                d.practiceCategory(), d.firstRegistrationDate(),
                d.region(), d.reviewPoint(), d.site(), d.level(), d.specialty(), d.condition(),
                d.subjects(), d.candidateType(), d.extraFields(),
                jpeg, image, d.verificationCode(), d.generatedAt(), d.locale());
    }

    static byte[] jpegPhoto() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(photoImage(295, 413), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stand-in ID photo: blue backdrop, a head and shoulders. */
    private static BufferedImage photoImage(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x3F, 0x7F, 0xCF), 0, h, new Color(0x6F, 0xA8, 0xE8)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x2B, 0x2B, 0x33));
        g.fillOval(w / 10, h * 2 / 3, w * 8 / 10, h * 2 / 3);
        g.setColor(new Color(0xE8, 0xC4, 0xA8));
        g.fillOval(w * 3 / 10, h / 5, w * 4 / 10, h * 9 / 20);
        g.dispose();
        return img;
    }
}
