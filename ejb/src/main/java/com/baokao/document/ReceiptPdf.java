package com.baokao.document;

import static com.baokao.document.PdfCells.*;
import static com.baokao.document.PdfStyle.*;
import com.baokao.platform.Money;
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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The electronic fee receipt (报名费电子收据): one A4 page made out to the payer the candidate chose in the
 * profile (the candidate, or a company with its taxpayer id), listing the subjects paid for, the total in figures
 * and in capitals, and the payment's order and transaction numbers. Everything on it comes from the recorded
 * payment, so a reprint reads exactly like the first print (there is deliberately no "printed at" time).
 * <p>
 * Labels are Chinese only (an official document), in the same fonts and rules as {@link RegistrationFormPdf}.
 * Stateless and thread-safe.
 */
public final class ReceiptPdf {

    static final String TITLE = "报名费电子收据";
    static final String NOTE = "本收据根据缴费记录生成，收据号码与验证码唯一对应本笔缴费，重复下载内容不变。";

    private static final float MARGIN_X = 48;
    private static final float MARGIN_TOP = 44;
    private static final float MARGIN_BOTTOM = 44;
    private static final float ROW = 22f;

    /** The red of Chinese official receipts, for the title and its double rule only. */
    private static final Color RED = new Color(0xB4, 0x1E, 0x1E);

    /** label, value, label, value; sums to the A4 text width (595.28 - 2 × 48). */
    private static final float[] GRID = {80, 169.64f, 80, 169.64f};
    private static final float QR_SIZE = 22 * 72f / 25.4f;

    private ReceiptPdf() {
    }

    public static byte[] render(ReceiptData data) {
        Objects.requireNonNull(data, "data");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            doc.addTitle(TITLE + " " + data.receiptNumber());
            doc.addAuthor("Baokao");
            doc.addCreator("Baokao");
            doc.addSubject(blank(data.serialNumber()) ? TITLE : TITLE + " " + data.serialNumber());
            doc.setDocumentLanguage("zh-CN");
            doc.open();

            header(doc, writer, data);
            doc.add(payer(data));
            doc.add(fees(data));
            doc.add(payment(data));
            footer(doc, writer, data);

            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the receipt", e);
        }
        return out.toByteArray();
    }

    // ---- sections ------------------------------------------------------------------------------------

    private static void header(Document doc, PdfWriter writer, ReceiptData d) throws DocumentException {
        Paragraph title = new Paragraph(spaced(TITLE, 20, RED));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(2);
        doc.add(title);

        // a double rule under the title, as on printed receipts
        PdfContentByte canvas = writer.getDirectContent();
        float y = writer.getVerticalPosition(false) - 4;
        float left = doc.left() + 150;
        float right = doc.right() - 150;
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(1.2f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y - 2.5f);
        canvas.lineTo(right, y - 2.5f);
        canvas.stroke();
        canvas.restoreState();

        Paragraph exam = new Paragraph(PdfFonts.phrase(nz(d.examName()), 11, false, LABEL_INK));
        exam.setAlignment(Element.ALIGN_CENTER);
        exam.setSpacingBefore(8);
        exam.setSpacingAfter(10);
        doc.add(exam);

        PdfPTable meta = new PdfPTable(new float[] {1f, 1f});
        meta.setWidthPercentage(100);
        meta.addCell(plain(PdfFonts.phrase("收据号码：", 9.5f, false, LABEL_INK), d.receiptNumber(), Element.ALIGN_LEFT));
        meta.addCell(plain(PdfFonts.phrase("缴费时间：", 9.5f, false, LABEL_INK), nz(d.paidAt()), Element.ALIGN_RIGHT));
        meta.setSpacingAfter(2);
        doc.add(meta);
    }

    private static PdfPTable payer(ReceiptData d) {
        PdfPTable t = table(GRID);
        section(t, "一、交款人");
        if (d.company()) {
            t.addCell(label("交款单位"));
            t.addCell(value(d.payerName(), 11, true, 3));
            t.addCell(label("纳税人识别号"));
            t.addCell(mono(d.taxpayerId(), 3));
        } else {
            t.addCell(label("交款人"));
            t.addCell(value(d.payerName(), 11, true, 3));
        }
        t.addCell(label("考生姓名"));
        t.addCell(value(d.candidateName(), TEXT, false, 1));
        t.addCell(label("证件号码"));
        t.addCell(mono(d.idNumber(), 1));
        t.addCell(label("考试代码"));
        t.addCell(value(d.examCode(), TEXT, false, 1));
        t.addCell(label("报名流水号"));
        t.addCell(mono(d.serialNumber(), 1));
        if (!blank(d.region())) {
            t.addCell(label("报考地区"));
            t.addCell(value(d.region(), TEXT, false, 3));
        }
        return t;
    }

    private static PdfPTable fees(ReceiptData d) {
        PdfPTable t = table(new float[] {40, 80, 259.28f, 120});
        section(t, "二、收费项目");
        for (String h : new String[] {"序号", "科目代码", "收费项目", "金额（元）"}) {
            PdfPCell c = label(h);
            t.addCell(c);
        }
        t.setHeaderRows(2);
        int no = 1;
        for (ReceiptData.FeeLine line : d.lines()) {
            t.addCell(centred(value(String.valueOf(no++), TEXT, false, 1)));
            t.addCell(value(line.code(), TEXT, false, 1));
            t.addCell(value("报名考试费 — " + nz(line.name()), TEXT, false, 1));
            t.addCell(amount(Money.ofFen(line.feeFen()).yuan(), false));
        }
        Phrase total = PdfFonts.phrase("合计（大写）", LABEL, false, LABEL_INK);
        total.addAll(PdfFonts.phrase("  " + ChineseAmount.of(Money.ofFen(d.totalFen())), 10.5f, true, INK));
        PdfPCell capitals = cell(total, 3);
        capitals.setBackgroundColor(LABEL_FILL);
        t.addCell(capitals);
        t.addCell(amount(Money.ofFen(d.totalFen()).toString(), true));
        return t;
    }

    private static PdfPTable payment(ReceiptData d) {
        PdfPTable t = table(GRID);
        section(t, "三、缴费信息");
        t.addCell(label("支付方式"));
        t.addCell(value(d.deskMethod() == null ? "网上支付" : d.deskMethod(), TEXT, false, 1));
        t.addCell(label("支付状态"));
        t.addCell(value("已到账", TEXT, false, 1));
        t.addCell(label("订单号"));
        t.addCell(mono(d.orderNumber(), 3));
        t.addCell(label("支付交易号"));
        t.addCell(mono(d.transactionId(), 3));
        t.addCell(label("收款单位"));
        t.addCell(value(d.issuer(), TEXT, false, 3));
        return t;
    }

    /** The issuer's line and the verification box. */
    private static void footer(Document doc, PdfWriter writer, ReceiptData d) throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        float width = doc.right() - doc.left();
        boolean hasCode = !blank(d.verificationCode());
        float qrCell = QR_SIZE + 2 * 12;

        PdfPTable box = new PdfPTable(hasCode ? new float[] {qrCell, width - qrCell} : new float[] {width});
        box.setTotalWidth(width);
        box.setLockedWidth(true);
        if (hasCode) {
            PdfPCell qr = new PdfPCell(QrCodes.image(canvas, qrContent(d), QR_SIZE), false);
            qr.setPadding(12);
            qr.setHorizontalAlignment(Element.ALIGN_CENTER);
            qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
            qr.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.BOTTOM);
            rule(qr);
            box.addCell(qr);
        }
        PdfPCell text = new PdfPCell();
        text.setBorder(hasCode ? Rectangle.RIGHT | Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOX);
        rule(text);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.setPaddingLeft(hasCode ? 4 : 12);
        text.setPaddingTop(6);
        text.setPaddingBottom(10);
        if (hasCode) {
            text.addElement(new Paragraph(PdfFonts.phrase("验证码", 10.5f, true, INK)));
            Phrase code = PdfFonts.monoPhrase(d.verificationCode(), 20, true, INK);
            Paragraph codeLine = new Paragraph(code);
            codeLine.setLeading(30);
            text.addElement(codeLine);
        }
        Paragraph note = new Paragraph(PdfFonts.phrase(NOTE, SMALL, false, MUTED));
        note.setLeading(SMALL * 1.6f);
        text.addElement(note);
        box.addCell(text);

        PdfPTable issuer = new PdfPTable(1);
        issuer.setTotalWidth(width);
        issuer.setLockedWidth(true);
        PdfPCell by = new PdfPCell(PdfFonts.phrase("开具单位：" + nz(d.issuer()), 10.5f, false, INK));
        by.setBorder(Rectangle.NO_BORDER);
        by.setHorizontalAlignment(Element.ALIGN_RIGHT);
        by.setPaddingBottom(10);
        issuer.addCell(by);

        // straight under the payment data, as a receipt reads; the rest of the page stays blank
        issuer.setSpacingBefore(14);
        doc.add(issuer);
        box.setKeepTogether(true);
        doc.add(box);
    }

    /** What a phone shows when it scans the code: enough to compare with the paper at a glance. */
    static String qrContent(ReceiptData d) {
        return TITLE + " " + d.receiptNumber() + " " + Money.ofFen(d.totalFen()) + " " + nz(d.serialNumber()) + " 验证码 "
                + d.verificationCode();
    }

    // ---- cells ---------------------------------------------------------------------------------------

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        t.setSplitLate(false);
        return t;
    }

    private static void section(PdfPTable t, String title) {
        PdfPCell c = cell(PdfFonts.phrase(title, 10.5f, true, INK), t.getNumberOfColumns());
        c.setBackgroundColor(SECTION_FILL);
        c.setMinimumHeight(ROW);
        t.addCell(c);
    }

    private static PdfPCell label(String text) {
        return PdfCells.label(text, ROW);
    }

    private static PdfPCell cell(Phrase p, int colspan) {
        return PdfCells.cell(p, colspan, ROW);
    }

    private static PdfPCell value(String text, float size, boolean bold, int colspan) {
        return cell(PdfFonts.phrase(nz(text), size, bold, INK), colspan);
    }

    /** Numbers people copy by eye (taxpayer id, order and transaction numbers) in the fixed-pitch face. */
    private static PdfPCell mono(String text, int colspan) {
        return cell(PdfFonts.monoPhrase(nz(text), TEXT, false, INK), colspan);
    }

    private static PdfPCell amount(String text, boolean bold) {
        PdfPCell c = cell(PdfFonts.monoPhrase(text, bold ? 11 : TEXT, bold, INK), 1);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setPaddingRight(10);
        if (bold) {
            c.setBackgroundColor(LABEL_FILL);
        }
        return c;
    }

    private static PdfPCell centred(PdfPCell c) {
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    private static PdfPCell plain(Phrase label, String value, int align) {
        Phrase p = new Phrase(label);
        p.addAll(PdfFonts.monoPhrase(value, 10, true, INK));
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPadding(0);
        c.setPaddingBottom(2);
        return c;
    }

    /** The title with a little air between its characters, as printed receipt titles have. */
    private static Phrase spaced(String text, float size, Color color) {
        Phrase p = PdfFonts.phrase(text, size, true, color);
        for (Object chunk : p) {
            ((com.lowagie.text.Chunk) chunk).setCharacterSpacing(1);
        }
        return p;
    }
}
