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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;

/**
 * The admission ticket (准考证): one A4 page the candidate prints and brings to the exam with the ID card. Staff
 * compare photo, name and full ID number with the card, and scan the QR code (a signed
 * {@code com.baokao.seating.TicketToken}) to check the ticket is genuine and current.
 * <p>
 * Rendered on demand from the stored assignment, so it is deterministic: the same data gives the same bytes —
 * document ID, font subset tags and metadata derive from the data, and no print time is recorded — and a reprint
 * is identical to the first print. Labels are Chinese only (an official document). Stateless and thread-safe.
 */
public final class AdmissionTicketPdf {

    static final String TITLE = "准考证";
    static final String RULES_TITLE = "考生须知";
    static final String CHECK_NOTE = "考试当天请携带本准考证和有效身份证件原件入场。考点工作人员扫描二维码，"
            + "或输入准考证号和证件号码，核验本准考证的真伪。";

    /** Every date and time on a ticket is Beijing time, whatever the server's zone. */

    private static final float MARGIN_X = 42;
    private static final float MARGIN_TOP = 34;
    private static final float MARGIN_BOTTOM = 40;
    private static final float ROW = 22f;
    /** Sitting rows: taller, the seat number is what a candidate looks for. */
    private static final float SITTING_ROW = 28f;
    /** label, value, photo; sums to the A4 text width (595.28 - 2 × 42). */
    private static final float[] GRID = {76, 324, 111.28f};
    /** 科目, 日期, 时间, 考场, 座位号. */
    private static final float[] SITTINGS = {168, 112, 88, 85.28f, 58};

    /** Standard Chinese ID photo: 30 × 40 mm. */
    private static final float PHOTO_W = mm(30);
    private static final float PHOTO_H = mm(40);
    private static final int PHOTO_ROWS = 5;
    /** A 56-character token is a version-4 code (33 modules): 0.9 mm modules at 30 mm, easy for any scanner. */
    private static final float QR_SIZE = mm(30);
    /** White around the symbol: more than the 4-module quiet zone scanners want. */
    private static final float QR_PAD = 12;

    private AdmissionTicketPdf() {
    }

    public static byte[] render(AdmissionTicketData data) {
        Objects.requireNonNull(data, "data");
        byte[] digest = sha256(data.ticketNumber() + "\0" + data.qrToken());
        return PdfFonts.withSubsetTags(ByteBuffer.wrap(digest).getLong(16), () -> write(data, Arrays.copyOf(digest, 16)));
    }

    private static byte[] write(AdmissionTicketData data, byte[] documentId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        Document doc = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            // page content and the QR code's form XObject: the fastest deflate (the fonts already use it, see
            // PdfFonts); these streams are a few KB, and the default level made them only ~400 bytes smaller a ticket
            writer.setCompressionLevel(Deflater.BEST_SPEED);
            doc.addTitle(title(data));
            doc.addAuthor("Baokao");
            doc.addCreator("Baokao");
            doc.addSubject(TITLE + " " + data.ticketNumber());
            doc.setDocumentLanguage("zh-CN");
            doc.open();
            deterministic(writer, documentId);

            header(doc, data);
            doc.add(candidate(data));
            doc.add(sittings(data));
            doc.add(rules(data));
            verification(doc, writer, data);

            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the admission ticket", e);
        }
        return out.toByteArray();
    }

    static String title(AdmissionTicketData d) {
        return blank(d.sessionName()) ? TITLE : d.sessionName().strip() + " " + TITLE;
    }

    // ---- sections ------------------------------------------------------------------------------------

    private static void header(Document doc, AdmissionTicketData d) throws DocumentException {
        if (!blank(d.sessionName())) {
            Paragraph session = new Paragraph(text(d.sessionName().strip(), 14, true, INK));
            session.setAlignment(Element.ALIGN_CENTER);
            doc.add(session);
        }
        Phrase big = text(TITLE, 26, true, INK);
        for (Object chunk : big) {
            ((Chunk) chunk).setCharacterSpacing(10);
        }
        Paragraph title = new Paragraph(big);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setLeading(38);
        // character spacing also follows the last character: shift right by as much to stay centred
        title.setIndentationLeft(10);
        title.setSpacingAfter(8);
        doc.add(title);

        PdfPTable meta = new PdfPTable(new float[] {1f, 1f});
        meta.setWidthPercentage(100);
        meta.addCell(plain("考试代码：" + nz(d.sessionCode()), Element.ALIGN_LEFT));
        meta.addCell(plain("报名流水号：" + nz(d.serialNumber()), Element.ALIGN_RIGHT));
        meta.setSpacingAfter(2);
        doc.add(meta);
    }

    private static PdfPTable candidate(AdmissionTicketData d) {
        PdfPTable t = table(GRID);
        // the rows share the photo column; their minimum height makes room for a 40 mm photo
        float row = (PHOTO_H + 2 * PAD) / PHOTO_ROWS;
        t.addCell(label(text("姓名", LABEL, false, LABEL_INK), row));
        t.addCell(cell(text(nz(d.candidateName()), 14, true, INK), 1, row));
        PdfPCell photo = PdfCells.photo(PdfCells.jpeg(d.photoJpeg()), PHOTO_W, PHOTO_H);
        photo.setRowspan(PHOTO_ROWS);
        t.addCell(photo);
        t.addCell(label(text("证件号码", LABEL, false, LABEL_INK), row));
        t.addCell(cell(text(nz(d.idNumber()), 12, false, INK), 1, row));
        t.addCell(label(text("准考证号", LABEL, false, LABEL_INK), row));
        t.addCell(cell(text(d.ticketNumber(), 14, true, INK), 1, row));
        t.addCell(label(text("考点", LABEL, false, LABEL_INK), row));
        t.addCell(cell(text(nz(d.siteName()), TEXT, false, INK), 1, row));
        t.addCell(label(text("考点地址", LABEL, false, LABEL_INK), row));
        t.addCell(cell(text(nz(d.siteAddress()), TEXT, false, INK), 1, row));
        return t;
    }

    private static PdfPTable sittings(AdmissionTicketData d) {
        PdfPTable t = table(SITTINGS);
        t.setSpacingBefore(10);
        section(t, "考试安排");
        for (String h : new String[] {"科目", "日期", "时间", "考场", "座位号"}) {
            t.addCell(label(text(h, LABEL, false, LABEL_INK), ROW));
        }
        t.setHeaderRows(2);
        if (d.sittings().isEmpty()) {
            PdfPCell none = cell(text("（无）", TEXT, false, MUTED), SITTINGS.length, ROW);
            none.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(none);
        }
        for (AdmissionTicketData.Sitting s : d.sittings()) {
            ZonedDateTime start = s.startsAt().atZone(ZONE);
            ZonedDateTime end = s.endsAt().atZone(ZONE);
            t.addCell(cell(text(nz(s.subjectName()), TEXT, false, INK), 1, SITTING_ROW));
            t.addCell(centred(text(date(start), TEXT, false, INK), SITTING_ROW));
            t.addCell(centred(text(time(start, end), TEXT, false, INK), SITTING_ROW));
            t.addCell(centred(text(nz(s.roomName()), TEXT, false, INK), SITTING_ROW));
            t.addCell(centred(text(seat(s.seatNumber()), 14, true, INK), SITTING_ROW));
        }
        return t;
    }

    private static PdfPTable rules(AdmissionTicketData d) {
        PdfPTable t = table(new float[] {1});
        t.setSpacingBefore(10);
        section(t, RULES_TITLE);
        PdfPCell c = new PdfPCell();
        rule(c);
        c.setPaddingLeft(8);
        c.setPaddingRight(8);
        c.setPaddingTop(4);
        c.setPaddingBottom(8);
        List<String> rules = d.rules();
        for (int i = 0; i < rules.size(); i++) {
            Paragraph p = new Paragraph(text((i + 1) + ". " + nz(rules.get(i)), TEXT, false, INK));
            p.setLeading(TEXT * 1.7f);
            // wrapped lines start under the text, not under the number
            p.setIndentationLeft(13);
            p.setFirstLineIndent(-13);
            p.setSpacingBefore(3);
            c.addElement(p);
        }
        t.addCell(c);
        return t;
    }

    /** The QR code with the ticket number under it, pinned to the bottom of the page where staff look for it. */
    private static void verification(Document doc, PdfWriter writer, AdmissionTicketData d) throws DocumentException {
        PdfContentByte canvas = writer.getDirectContent();
        float width = doc.right() - doc.left();
        float qrCell = QR_SIZE + 2 * QR_PAD;
        PdfPTable box = new PdfPTable(new float[] {width - qrCell, qrCell});
        box.setTotalWidth(width);
        box.setLockedWidth(true);

        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.BOTTOM);
        rule(text);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.setPaddingLeft(12);
        text.setPaddingRight(12);
        text.setPaddingBottom(8);
        text.addElement(new Paragraph(text("准考证核验", 10.5f, true, INK)));
        Paragraph note = new Paragraph(text(CHECK_NOTE, 9, false, LABEL_INK));
        note.setLeading(9 * 1.6f);
        note.setSpacingBefore(4);
        text.addElement(note);
        box.addCell(text);

        PdfPCell qr = new PdfPCell();
        qr.setBorder(Rectangle.RIGHT | Rectangle.TOP | Rectangle.BOTTOM);
        rule(qr);
        qr.setPadding(QR_PAD);
        qr.setPaddingBottom(6);
        // one fixed mask: ZXing scoring all eight took 0.3 ms of a ticket (~8 %), 90 % of the encoding
        qr.addElement(QrCodes.image(canvas, d.qrToken(), QR_SIZE, QrCodes.TOKEN_MASK));
        Paragraph number = new Paragraph(text(d.ticketNumber(), 7.5f, false, INK));
        number.setAlignment(Element.ALIGN_CENTER);
        number.setLeading(7.5f * 1.4f);
        qr.addElement(number);
        box.addCell(qr);

        float height = box.getTotalHeight();
        if (height + 10 > writer.getVerticalPosition(true) - doc.bottom()) {
            doc.newPage();
        }
        box.writeSelectedRows(0, -1, doc.left(), doc.bottom() + height, canvas);
        writer.setPageEmpty(false);
    }

    // ---- formatting ----------------------------------------------------------------------------------

    // ---- cells ---------------------------------------------------------------------------------------

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSplitLate(false);
        return t;
    }

    private static void section(PdfPTable t, String title) {
        PdfPCell c = cell(text(title, 10.5f, true, INK), t.getNumberOfColumns(), ROW);
        c.setBackgroundColor(SECTION_FILL);
        c.setPaddingLeft(6);
        t.addCell(c);
    }

    private static PdfPCell centred(Phrase p, float minHeight) {
        PdfPCell c = cell(p, 1, minHeight);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    private static PdfPCell plain(String text, int align) {
        PdfPCell c = new PdfPCell(text(text, 9.5f, false, LABEL_INK));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPadding(0);
        c.setPaddingBottom(4);
        return c;
    }

    /** Every text on the ticket: the compact face first (see {@link PdfFonts#commonPhrase}). */
    private static Phrase text(String s, float size, boolean bold, java.awt.Color color) {
        return PdfFonts.commonPhrase(s, size, bold, color);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
