package com.baokao.document;

import static com.baokao.document.PdfCells.*;
import static com.baokao.document.PdfStyle.*;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Chunk;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The registration form (报名表): one A4 page the candidate prints, signs and brings to on-site confirmation,
 * where staff check it against the system with the verification code / QR code at the bottom.
 * <p>
 * Labels are Chinese only: it is an official document, whatever the candidate's UI language. Stateless and
 * thread-safe; fonts are shared via {@link PdfFonts}.
 */
public final class RegistrationFormPdf {

    private static final float MARGIN_X = 42;
    private static final float MARGIN_TOP = 32;
    private static final float MARGIN_BOTTOM = 40;


    /** Minimum row height: one line of 10 pt text with comfortable padding. */
    private static final float ROW = 20f;

    /**
     * One column grid for all data sections so their vertical rules line up: label, value, label, value,
     * photo. Sums to the A4 text width (595.28 - 2 × 42).
     */
    private static final float[] GRID = {70, 134, 70, 134, 103.28f};
    /** Inner width of the first and second value columns, to decide when a value needs a whole row. */
    private static final float VALUE1_WIDTH = GRID[1] - 2 * PAD;
    private static final float VALUE2_WIDTH = GRID[3] + GRID[4] - 2 * PAD;

    /** Standard Chinese ID photo: 30 × 40 mm (between 1-inch and 2-inch sizes). */
    private static final float PHOTO_W = mm(30);
    private static final float PHOTO_H = mm(40);
    private static final int PHOTO_ROWS = 5;
    /** 300 dpi at 30 × 40 mm: more pixels would only make the PDF bigger. */
    private static final int PHOTO_MAX_PX_W = 354;
    private static final int PHOTO_MAX_PX_H = 472;

    private static final float QR_SIZE = mm(22);

    static final String PLEDGE = "本人承诺：所填写的个人信息及提交的证明材料真实、准确、完整，本人符合本次考试的报考条件，"
            + "并已知悉本次考试的有关规定。如有虚假，自愿承担相应责任。";
    static final String CODE_LABEL = "验证码（现场确认时出示）";
    static final String CODE_NOTE = "本表内容如有修改，验证码随之改变；请打印最新版本。";

    private RegistrationFormPdf() {
    }

    public static byte[] render(RegistrationFormData data) {
        Objects.requireNonNull(data, "data");
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        Document doc = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageDecoration(data));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            doc.addTitle(title(data));
            doc.addAuthor("Baokao");
            doc.addCreator("Baokao");
            doc.addSubject(data.serialNumber() == null ? "报名表（草稿）" : "报名表 " + data.serialNumber());
            doc.setDocumentLanguage("zh-CN");
            doc.open();

            header(doc, data);
            doc.add(personal(data));
            doc.add(application(data));
            doc.add(subjects(data));
            doc.add(pledge());
            verification(doc, writer, data);

            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the registration form", e);
        }
        return out.toByteArray();
    }

    static String title(RegistrationFormData d) {
        return blank(d.examName()) ? "报名表" : d.examName().strip() + " 报名表";
    }

    // ---- sections ------------------------------------------------------------------------------------

    private static void header(Document doc, RegistrationFormData d) throws DocumentException {
        Paragraph title = new Paragraph(PdfFonts.phrase(title(d), 17, true, INK));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        doc.add(title);

        PdfPTable meta = new PdfPTable(new float[] {1f, 1.4f, 1f});
        meta.setWidthPercentage(100);
        String serial = d.serialNumber() == null ? "草稿（提交后生成）" : d.serialNumber();
        meta.addCell(plain("考试代码：" + nz(d.examCode()), Element.ALIGN_LEFT));
        meta.addCell(plain("报名流水号：" + serial, Element.ALIGN_CENTER));
        meta.addCell(plain("状态：" + nz(d.statusLabel()), Element.ALIGN_RIGHT));
        meta.setSpacingAfter(4);
        doc.add(meta);
    }

    private static PdfPTable personal(RegistrationFormData d) {
        PdfPTable t = grid();
        section(t, "一、个人信息");
        // the first rows share the photo column; their minimum height makes room for a 40 mm photo
        float rowHeight = (PHOTO_H + 2 * PAD) / PHOTO_ROWS;
        pair(t, rowHeight, "姓名", value(d.fullName(), 12, true), "性别", value(d.sex()), 1);
        t.addCell(photoCell(d));
        pair(t, rowHeight, "出生日期", value(d.birthDate()), "证件类型", value(d.idType()), 1);
        t.addCell(label("证件号码", rowHeight));
        t.addCell(valueCell(value(d.idNumber(), 11, false), 3, rowHeight));
        pair(t, rowHeight, "手机号码", value(d.phone()), "电子邮箱", value(d.email()), 1);
        pair(t, rowHeight, "学历", value(d.education()), "所学专业", value(d.major()), 1);

        List<String[]> more = new ArrayList<>();
        add(more, "毕业时间", d.graduationDate());
        add(more, "工作单位", d.workUnit());
        add(more, "单位性质", d.unitType());
        add(more, "工作年限", d.workYears());
        add(more, "执业类别", d.practiceCategory());
        add(more, "首次注册时间", d.firstRegistrationDate());
        flow(t, more);
        return t;
    }

    private static PdfPTable application(RegistrationFormData d) {
        PdfPTable t = grid();
        section(t, "二、报考信息");
        List<String[]> fields = new ArrayList<>();
        add(fields, "报考地区", d.region());
        add(fields, "审核点", d.reviewPoint());
        add(fields, "考点", d.site());
        add(fields, "报考级别", d.level());
        add(fields, "报考专业", d.specialty());
        add(fields, "考生类型", d.candidateType());
        add(fields, "报考条件", d.condition());
        for (String[] extra : d.extraFields()) {
            if (extra != null && extra.length >= 1) {
                fields.add(new String[] {nz(extra[0]), extra.length > 1 ? nz(extra[1]) : ""});
            }
        }
        flow(t, fields);
        return t;
    }

    private static PdfPTable subjects(RegistrationFormData d) {
        PdfPTable t = table(new float[] {34, 50, 170, 112, 145.28f});
        section(t, "三、报考科目");
        for (String h : new String[] {"序号", "科目代码", "科目名称", "考试时间", "备注"}) {
            t.addCell(label(h, 0));
        }
        // on a (rare) page break the subject list continues under its headings
        t.setHeaderRows(2);
        List<RegistrationFormData.SubjectLine> lines = d.subjects();
        if (lines.isEmpty()) {
            PdfPCell none = cell(PdfFonts.phrase("（未选择科目）", TEXT, false, MUTED), 5, 0);
            none.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(none);
        }
        int no = 1;
        for (RegistrationFormData.SubjectLine s : lines) {
            PdfPCell number = valueCell(value(String.valueOf(no++)), 1, 0);
            number.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(number);
            t.addCell(valueCell(value(s.code()), 1, 0));
            t.addCell(valueCell(value(s.name()), 1, 0));
            t.addCell(valueCell(value(s.when(), 9, false), 1, 0));
            t.addCell(valueCell(PdfFonts.phrase(nz(s.note()), 8.5f, false, INK), 1, 0));
        }
        return t;
    }

    private static PdfPTable pledge() {
        PdfPTable t = grid();
        section(t, "四、考生承诺");
        Phrase text = PdfFonts.phrase(PLEDGE, TEXT, false, INK);
        PdfPCell pledge = cell(text, 5, 0);
        pledge.setLeading(0, 1.7f);
        pledge.setPadding(6);
        pledge.setPaddingBottom(8);
        t.addCell(pledge);
        // room to sign by hand
        float signHeight = 30;
        t.addCell(label("考生签名", signHeight));
        t.addCell(valueCell(PdfFonts.phrase("", TEXT, false), 1, signHeight));
        t.addCell(label("审核人签名", signHeight));
        t.addCell(valueCell(PdfFonts.phrase("", TEXT, false), 2, signHeight));
        String date = "年　　月　　日";
        t.addCell(label("日期", ROW));
        t.addCell(dateCell(date, 1));
        t.addCell(label("日期", ROW));
        t.addCell(dateCell(date, 2));
        return t;
    }

    /**
     * The verification box is pinned to the bottom of the page, where staff look for it; if the form ran
     * long and there is no room left, it goes to the bottom of a new page.
     */
    private static void verification(Document doc, PdfWriter writer, RegistrationFormData d) throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        boolean hasCode = !blank(d.verificationCode());
        // 12 pt of white around the symbol: the 4-module quiet zone of a version-1 code (21 modules, up to
        // 20 characters) — plenty for the short codes printed here
        float qrCell = QR_SIZE + 2 * 12;

        PdfPTable box = new PdfPTable(new float[] {qrCell, doc.right() - doc.left() - qrCell});
        box.setTotalWidth(doc.right() - doc.left());
        box.setLockedWidth(true);

        PdfPCell qr;
        if (hasCode) {
            qr = new PdfPCell(QrCodes.image(canvas, d.verificationCode(), QR_SIZE), false);
        } else {
            qr = new PdfPCell(PdfFonts.phrase("", SMALL, false));
        }
        qr.setPadding(12);
        qr.setHorizontalAlignment(Element.ALIGN_CENTER);
        qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
        qr.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.BOTTOM);
        rule(qr);
        box.addCell(qr);

        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.RIGHT | Rectangle.TOP | Rectangle.BOTTOM);
        rule(text);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.setPaddingLeft(4);
        text.setPaddingTop(6);
        text.setPaddingBottom(10);
        text.addElement(new Paragraph(PdfFonts.phrase(CODE_LABEL, 10.5f, true, INK)));
        Phrase code = hasCode
                ? PdfFonts.monoPhrase(d.verificationCode(), 24, true, INK)
                : PdfFonts.phrase("提交后生成", 14, false, MUTED);
        for (Object chunk : code) {
            // a little air between characters so the code is easy to read aloud and type
            ((Chunk) chunk).setCharacterSpacing(hasCode ? 2.5f : 0);
        }
        Paragraph codeLine = new Paragraph(code);
        codeLine.setLeading(34);
        text.addElement(codeLine);
        Paragraph note = new Paragraph(PdfFonts.phrase(CODE_NOTE, SMALL, false, MUTED));
        note.setSpacingBefore(2);
        text.addElement(note);
        if (!blank(d.generatedAt())) {
            text.addElement(new Paragraph(PdfFonts.phrase("本表生成时间：" + d.generatedAt(), SMALL, false, MUTED)));
        }
        box.addCell(text);

        float height = box.getTotalHeight();
        float room = writer.getVerticalPosition(true) - doc.bottom();
        if (height + 10 > room) {
            doc.newPage();
        }
        box.writeSelectedRows(0, -1, doc.left(), doc.bottom() + height, canvas);
        // the box is written directly to the canvas; make sure a page holding only the box is kept
        writer.setPageEmpty(false);
    }

    // ---- table helpers -------------------------------------------------------------------------------

    private static PdfPTable grid() {
        return table(GRID);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        // sections follow each other without a gap so they read as one bordered form
        t.setSpacingBefore(0);
        t.setSpacingAfter(0);
        t.setSplitLate(false);
        return t;
    }

    private static void section(PdfPTable t, String title) {
        PdfPCell c = cell(PdfFonts.phrase(title, 10.5f, true, INK), t.getNumberOfColumns(), 20);
        c.setBackgroundColor(SECTION_FILL);
        c.setPaddingLeft(6);
        t.addCell(c);
    }

    /** Label, value, label, value — the second value spanning {@code span2} columns. */
    private static void pair(PdfPTable t, float height, String l1, Phrase v1, String l2, Phrase v2, int span2) {
        t.addCell(label(l1, height));
        t.addCell(valueCell(v1, 1, height));
        t.addCell(label(l2, height));
        t.addCell(valueCell(v2, span2, height));
    }

    /**
     * Lays out fields two per row; a field whose value would not fit on one line of its column gets a
     * whole row, so long work units or conditions do not squeeze their neighbours into tall, narrow cells.
     */
    private static void flow(PdfPTable t, List<String[]> fields) {
        int i = 0;
        while (i < fields.size()) {
            String[] a = fields.get(i);
            String[] b = i + 1 < fields.size() ? fields.get(i + 1) : null;
            if (b != null && fits(a[1], VALUE1_WIDTH) && fits(b[1], VALUE2_WIDTH)) {
                pair(t, ROW, a[0], value(a[1]), b[0], value(b[1]), 2);
                i += 2;
            } else {
                t.addCell(label(a[0], ROW));
                t.addCell(valueCell(value(a[1]), 4, ROW));
                i++;
            }
        }
    }

    private static boolean fits(String text, float width) {
        // measured with the main font; characters it lacks count as one em, which is what they print as
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += PdfFonts.sans().charExists(cp) ? PdfFonts.sans().getWidthPoint(cp, TEXT) : TEXT;
            i += Character.charCount(cp);
        }
        return w <= width;
    }

    private static void add(List<String[]> fields, String label, String value) {
        if (value != null) {
            fields.add(new String[] {label, value});
        }
    }

    private static Phrase value(String text) {
        return value(text, TEXT, false);
    }

    private static Phrase value(String text, float size, boolean bold) {
        return PdfFonts.phrase(nz(text), size, bold, INK);
    }

    private static PdfPCell valueCell(Phrase p, int colspan, float minHeight) {
        return cell(p, colspan, minHeight);
    }

    private static PdfPCell dateCell(String text, int colspan) {
        PdfPCell c = cell(PdfFonts.phrase(text, TEXT, false, INK), colspan, ROW);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setPaddingRight(16);
        return c;
    }

    private static PdfPCell plain(String text, int align) {
        PdfPCell c = new PdfPCell(PdfFonts.phrase(text, 9, false, LABEL_INK));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPadding(0);
        c.setPaddingBottom(4);
        return c;
    }

    // ---- photo ---------------------------------------------------------------------------------------

    private static PdfPCell photoCell(RegistrationFormData d) {
        PdfPCell c = PdfCells.photo(photo(d), PHOTO_W, PHOTO_H);
        c.setRowspan(PHOTO_ROWS);
        return c;
    }

    private static Image photo(RegistrationFormData d) {
        if (d.photoImage() != null) {
            try {
                return Image.getInstance(jpeg(d.photoImage()));
            } catch (BadElementException | IOException e) {
                throw new IllegalArgumentException("The candidate photo cannot be placed in the PDF", e);
            }
        }
        return PdfCells.jpeg(d.photoJpeg());
    }

    /** Re-encodes a decoded photo as JPEG (raw pixels would be ~10 × larger), at most 300 dpi for 30 × 40 mm. */
    private static byte[] jpeg(BufferedImage source) {
        double scale = Math.min(1.0, Math.min((double) PHOTO_MAX_PX_W / source.getWidth(),
                (double) PHOTO_MAX_PX_H / source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        // opaque RGB: JPEG has no alpha, and transparent pixels would otherwise turn black
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    // ---- page decoration -----------------------------------------------------------------------------

    /** Footer on every page, and a 草稿 watermark while the form has no serial number. */
    private static final class PageDecoration extends PdfPageEventHelper {
        private final RegistrationFormData data;

        PageDecoration(RegistrationFormData data) {
            this.data = data;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 20;
            String left = title(data) + (data.serialNumber() == null ? "（草稿）" : " · " + data.serialNumber());
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    PdfFonts.phrase(left, 7.5f, false, MUTED), document.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    PdfFonts.phrase("第 " + writer.getPageNumber() + " 页", 7.5f, false, MUTED),
                    document.right(), y, 0);

            if (data.serialNumber() == null) {
                // over the content but translucent, so cell backgrounds cannot hide it
                canvas.saveState();
                PdfGState translucent = new PdfGState();
                translucent.setFillOpacity(0.10f);
                canvas.setGState(translucent);
                Rectangle page = document.getPageSize();
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                        PdfFonts.phrase("草稿 未提交", 84, false, Color.BLACK),
                        page.getWidth() / 2, page.getHeight() / 2 - 30, 35);
                canvas.restoreState();
            }
        }
    }
}
