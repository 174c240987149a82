package com.baokao.document;

import static com.baokao.document.PdfCells.*;
import static com.baokao.document.PdfStyle.*;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * The post-exam qualification review form (考后资质审核表): one A4 page a candidate who passed prints and brings,
 * with the materials the exam asks for, to the qualification review before a certificate is issued. Staff check it
 * against the system with the verification code at the bottom, as on the registration form. Chinese only (an
 * official document); stateless and thread-safe.
 */
public final class QualificationFormPdf {

    private static final float MARGIN_X = 42;
    private static final float ROW = 22f;
    private static final float QR_SIZE = mm(22);

    static final String TITLE = "考后资质审核表";
    static final String PLEDGE = "本人承诺：报名时填写的个人信息及提交的证明材料真实、准确、完整，本人符合本次考试的报考条件。"
            + "如有虚假，自愿接受取消考试成绩、不予发证的处理。";
    static final String CODE_LABEL = "验证码（资格审核时出示）";

    private QualificationFormPdf() {
    }

    public static byte[] render(QualificationFormData data) {
        Objects.requireNonNull(data, "data");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, MARGIN_X, MARGIN_X, 32, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            doc.addTitle(title(data));
            doc.addAuthor("Baokao");
            doc.addCreator("Baokao");
            doc.addSubject(TITLE + " " + nz(data.ticketNumber()));
            doc.setDocumentLanguage("zh-CN");
            doc.open();
            header(doc, data);
            doc.add(candidate(data));
            doc.add(results(data));
            doc.add(review());
            verification(doc, writer, data);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the qualification review form", e);
        }
        return out.toByteArray();
    }

    static String title(QualificationFormData d) {
        return blank(d.examName()) ? TITLE : d.examName().strip() + " " + TITLE;
    }

    private static void header(Document doc, QualificationFormData d) throws DocumentException {
        Paragraph title = new Paragraph(PdfFonts.phrase(title(d), 17, true, INK));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        doc.add(title);
        PdfPTable meta = new PdfPTable(new float[] {1f, 1.2f, 1.2f});
        meta.setWidthPercentage(100);
        meta.addCell(plain("考试代码：" + nz(d.examCode()), Element.ALIGN_LEFT));
        meta.addCell(plain("报名流水号：" + nz(d.serialNumber()), Element.ALIGN_CENTER));
        meta.addCell(plain("准考证号：" + nz(d.ticketNumber()), Element.ALIGN_RIGHT));
        meta.setSpacingAfter(4);
        doc.add(meta);
    }

    private static PdfPTable candidate(QualificationFormData d) {
        PdfPTable t = table(new float[] {70, 134, 70, 237.28f});
        section(t, "一、考生信息", 4);
        pair(t, "姓名", value(d.fullName(), 12, true), "性别", value(d.sex(), TEXT, false));
        pair(t, "证件类型", value(d.idType(), TEXT, false), "证件号码", value(d.idNumber(), 11, false));
        pair(t, "出生日期", value(d.birthDate(), TEXT, false), "手机号码", value(d.phone(), TEXT, false));
        pair(t, "报考地区", value(d.region(), TEXT, false), "考点", value(d.site(), TEXT, false));
        pair(t, "级别", value(d.level(), TEXT, false), "专业方向", value(d.specialty(), TEXT, false));
        t.addCell(label("报考条件", ROW));
        t.addCell(cell(value(d.condition(), TEXT, false), 3, ROW));
        return t;
    }

    private static PdfPTable results(QualificationFormData d) {
        PdfPTable t = table(new float[] {60, 171.28f, 80, 70, 70, 60});
        section(t, "二、考试成绩", 6);
        for (String h : new String[] {"科目代码", "科目名称", "考试日期", "成绩", "合格线", "结果"}) {
            t.addCell(label(h, ROW));
        }
        for (QualificationFormData.SubjectLine s : d.subjects()) {
            for (String v : new String[] {s.code(), s.name(), s.examDate(), s.score(), s.passMark(), s.result()}) {
                t.addCell(cell(value(v, TEXT, false), 1, ROW));
            }
        }
        return t;
    }

    private static PdfPTable review() {
        PdfPTable t = table(new float[] {1});
        section(t, "三、承诺与审核", 1);
        t.addCell(cell(PdfFonts.phrase(PLEDGE + "\n\n考生签名：__________________    日期：______年____月____日",
                TEXT, false, INK), 1, 70));
        t.addCell(cell(PdfFonts.phrase("审核意见：\n\n\n审核人：__________________    审核单位（盖章）：__________________"
                + "    日期：______年____月____日", TEXT, false, INK), 1, 110));
        t.setSpacingAfter(8);
        return t;
    }

    private static void verification(Document doc, PdfWriter writer, QualificationFormData d) throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        float qrCell = QR_SIZE + 24;
        PdfPTable box = new PdfPTable(new float[] {qrCell, doc.right() - doc.left() - qrCell});
        box.setTotalWidth(doc.right() - doc.left());
        box.setLockedWidth(true);
        PdfPCell qr = new PdfPCell(QrCodes.image(canvas, d.verificationCode(), QR_SIZE), false);
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
        text.setPaddingBottom(10);
        text.addElement(new Paragraph(PdfFonts.phrase(CODE_LABEL, 10.5f, true, INK)));
        Phrase code = PdfFonts.monoPhrase(d.verificationCode(), 24, true, INK);
        for (Object chunk : code) {
            ((Chunk) chunk).setCharacterSpacing(2.5f);
        }
        Paragraph codeLine = new Paragraph(code);
        codeLine.setLeading(34);
        text.addElement(codeLine);
        if (!blank(d.generatedAt())) {
            text.addElement(new Paragraph(PdfFonts.phrase("本表生成时间：" + d.generatedAt(), SMALL, false, MUTED)));
        }
        box.addCell(text);
        float height = box.getTotalHeight();
        if (height + 10 > writer.getVerticalPosition(true) - doc.bottom()) {
            doc.newPage();
        }
        box.writeSelectedRows(0, -1, doc.left(), doc.bottom() + height, canvas);
        writer.setPageEmpty(false);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingAfter(6);
        return t;
    }

    private static void section(PdfPTable t, String title, int colspan) {
        PdfPCell c = cell(PdfFonts.phrase(title, 10.5f, true, INK), colspan, ROW);
        c.setBackgroundColor(SECTION_FILL);
        t.addCell(c);
    }

    private static void pair(PdfPTable t, String label1, Phrase value1, String label2, Phrase value2) {
        t.addCell(label(label1, ROW));
        t.addCell(cell(value1, 1, ROW));
        t.addCell(label(label2, ROW));
        t.addCell(cell(value2, 1, ROW));
    }

    private static Phrase value(String text, float size, boolean bold) {
        return PdfFonts.phrase(nz(text), size, bold, INK);
    }

    private static PdfPCell plain(String text, int align) {
        PdfPCell c = new PdfPCell(PdfFonts.phrase(text, SMALL, false, MUTED));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        return c;
    }
}
