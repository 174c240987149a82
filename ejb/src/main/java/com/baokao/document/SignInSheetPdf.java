package com.baokao.document;

import static com.baokao.document.PdfCells.*;
import static com.baokao.document.PdfStyle.*;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The sign-in sheet (考场签到表) of one exam room at one sitting: the invigilators check each candidate against the
 * photo and the ID card, and the candidate signs in the last column. One row per seat, about ten to an A4 page;
 * the column headings repeat on every page, no row is split across pages, every page is numbered "第 N 页 / 共 M 页"
 * with the room, and the last page ends with the head count (应到 / 实到 / 缺考) and the invigilators' signatures.
 * <p>
 * Deterministic like {@link AdmissionTicketPdf}: document ID, font subset tags and metadata derive from the data,
 * and no print time is recorded, so the same seats give the same bytes. Photos are placed as stored (JPEG
 * passthrough, never decoded). Labels are Chinese only (an official document). Stateless and thread-safe.
 */
public final class SignInSheetPdf {

    static final String TITLE = "考场签到表";
    static final String NO_PHOTO = "无照片";
    static final String[] COLUMNS = {"座号", "照片", "姓名", "身份证号", "准考证号", "科目", "签名"};

    /** Every date and time on a sheet is Beijing time, whatever the server's zone. */

    private static final float MARGIN_X = 32;
    private static final float MARGIN_TOP = 30;
    /** Room for the page footer under the table. */
    private static final float MARGIN_BOTTOM = 46;
    private static final float ROW = 20f;
    /** Header block: label, value, label, value; sums to the A4 text width (595.28 - 2 × 32). */
    private static final float[] HEADER_GRID = {60, 245.28f, 60, 166};
    /** 座号, 照片, 姓名, 身份证号, 准考证号, 科目, 签名; same total width. */
    private static final float[] COLUMN_WIDTHS = {34, 56, 72, 108, 112, 58, 91.28f};

    /** Thumbnail box of the ID photo, 3:4 like the photo itself. */
    private static final float PHOTO_W = mm(18);
    private static final float PHOTO_H = mm(24);
    private static final float PHOTO_PAD = 2.5f;
    /**
     * A candidate's row: the photo and its padding, which also makes the signature box 2.6 cm tall. Ten rows and
     * the column headings fill a page; the first page, under the header block, takes eight.
     */
    private static final float CANDIDATE_ROW = PHOTO_H + 2 * PHOTO_PAD;

    private SignInSheetPdf() {
    }

    public static byte[] render(SignInSheetData data) {
        Objects.requireNonNull(data, "data");
        byte[] digest = digest(data);
        return PdfFonts.withSubsetTags(ByteBuffer.wrap(digest).getLong(16), () -> write(data, Arrays.copyOf(digest, 16)));
    }

    private static byte[] write(SignInSheetData data, byte[] documentId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + 24 * 1024 * data.rows().size());
        Document doc = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageFooter(data));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            doc.addTitle(title(data));
            doc.addAuthor("Baokao");
            doc.addCreator("Baokao");
            doc.addSubject(TITLE + " " + data.roomName() + " " + when(data.sitting()));
            doc.setDocumentLanguage("zh-CN");
            doc.open();
            deterministic(writer, documentId);

            header(doc, data);
            doc.add(candidates(data));
            doc.add(closing(data));

            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the sign-in sheet", e);
        }
        return out.toByteArray();
    }

    static String title(SignInSheetData d) {
        String room = d.roomName().strip();
        return blank(d.sessionName()) ? TITLE + " " + room : d.sessionName().strip() + " " + TITLE + " " + room;
    }

    // ---- sections ------------------------------------------------------------------------------------

    private static void header(Document doc, SignInSheetData d) throws DocumentException {
        if (!blank(d.sessionName())) {
            Paragraph session = new Paragraph(text(d.sessionName().strip(), 13, true, INK));
            session.setAlignment(Element.ALIGN_CENTER);
            doc.add(session);
        }
        Phrase big = text(TITLE, 20, true, INK);
        for (Object chunk : big) {
            ((Chunk) chunk).setCharacterSpacing(6);
        }
        Paragraph title = new Paragraph(big);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setLeading(30);
        // character spacing also follows the last character: shift right by as much to stay centred
        title.setIndentationLeft(6);
        title.setSpacingAfter(6);
        doc.add(title);

        PdfPTable t = table(HEADER_GRID);
        t.addCell(label("考点"));
        t.addCell(value(d.siteName(), 1));
        t.addCell(label("考试代码"));
        t.addCell(value(d.sessionCode(), 1));
        t.addCell(label("考点地址"));
        t.addCell(value(d.siteAddress(), 1));
        t.addCell(label("考场"));
        t.addCell(cell(text(d.roomName(), 11, true, INK), 1, ROW));
        t.addCell(label("考试科目"));
        t.addCell(value(d.sitting().subjectNames(), 1));
        t.addCell(label("考试时间"));
        t.addCell(value(when(d.sitting()), 1));
        t.setSpacingAfter(6);
        doc.add(t);
    }

    private static PdfPTable candidates(SignInSheetData d) {
        PdfPTable t = table(COLUMN_WIDTHS);
        for (String h : COLUMNS) {
            t.addCell(label(h));
        }
        t.setHeaderRows(1);
        // a row that does not fit moves whole to the next page (split late); only a row taller than a page, which
        // no candidate's row is, would be split rather than lost
        t.setSplitLate(true);
        if (d.rows().isEmpty()) {
            PdfPCell none = cell(text("（本考场本场次无考生）", TEXT, false, MUTED), COLUMNS.length, CANDIDATE_ROW);
            none.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(none);
        }
        for (SignInSheetData.Row r : d.rows()) {
            t.addCell(centred(text(seat(r.seatNumber()), 14, true, INK)));
            t.addCell(photo(r.photoJpeg()));
            t.addCell(centred(text(r.candidateName(), 11, true, INK)));
            t.addCell(centred(text(nz(r.maskedIdNumber()), 9, false, INK)));
            t.addCell(centred(text(r.ticketNumber(), 9, false, INK)));
            t.addCell(centred(text(nz(r.subjectName()), 9, false, INK)));
            // the signature box: empty, as tall as the photo
            t.addCell(cell(new Phrase(""), 1, CANDIDATE_ROW));
        }
        return t;
    }

    /** The head count and the invigilators' signatures, kept together under the last row. */
    private static PdfPTable closing(SignInSheetData d) {
        PdfPTable t = table(new float[] {1f, 1f});
        t.setSpacingBefore(12);
        t.setKeepTogether(true);
        t.addCell(plain(text("应到 " + d.rows().size() + " 人　　实到 ________ 人　　缺考 ________ 人", 10.5f, false,
                INK), 2));
        t.addCell(plain(text("监考员签名：________________", 10.5f, false, INK), 1));
        t.addCell(plain(text("监考员签名：________________", 10.5f, false, INK), 1));
        t.addCell(plain(text("请考生核对本人信息后在“签名”栏内签署本人姓名；缺考考生由监考员在其签名栏内注明“缺考”。", SMALL,
                false, MUTED), 2));
        return t;
    }

    // ---- page footer -------------------------------------------------------------------------------

    /**
     * "第 N 页 / 共 M 页" and the room on every page. The total is known only at the end, so each page's number goes
     * into a template that is filled in when the document closes.
     */
    private static final class PageFooter extends PdfPageEventHelper {
        private static final float SIZE = 8f;
        private static final float NUMBER_WIDTH = 120;
        private final SignInSheetData data;
        private final List<PdfTemplate> numbers = new ArrayList<>();

        PageFooter(SignInSheetData data) {
            this.data = data;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 22;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(document.left(), y + 12);
            canvas.lineTo(document.right(), y + 12);
            canvas.stroke();
            canvas.restoreState();
            String left = data.roomName().strip() + " · " + when(data.sitting()) + " · " + data.sessionCode();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, text(left, SIZE, false, MUTED), document.left(), y,
                    0);
            PdfTemplate number = canvas.createTemplate(NUMBER_WIDTH, SIZE * 2);
            numbers.add(number);
            // the baseline sits SIZE / 2 above the template's bottom, so descenders stay inside it
            canvas.addTemplate(number, document.right() - NUMBER_WIDTH, y - SIZE / 2);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            int total = numbers.size();
            for (int i = 0; i < total; i++) {
                ColumnText.showTextAligned(numbers.get(i), Element.ALIGN_RIGHT,
                        text("第 " + (i + 1) + " 页 / 共 " + total + " 页", SIZE, false, MUTED), NUMBER_WIDTH, SIZE / 2, 0);
            }
        }
    }

    // ---- formatting ----------------------------------------------------------------------------------

    /** e.g. "2026-05-23（周六）09:00–11:30", in Beijing time; an end on another day carries its date. */
    static String when(SignInSheetData.Sitting s) {
        ZonedDateTime start = s.startsAt().atZone(ZONE);
        return date(start) + time(start, s.endsAt().atZone(ZONE));
    }

    // ---- cells ---------------------------------------------------------------------------------------

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    private static PdfPCell label(String s) {
        return PdfCells.label(text(s, LABEL, false, LABEL_INK), ROW);
    }

    private static PdfPCell value(String s, int colspan) {
        return cell(text(nz(s), TEXT, false, INK), colspan, ROW);
    }

    private static PdfPCell centred(Phrase p) {
        PdfPCell c = cell(p, 1, CANDIDATE_ROW);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    /** The thumbnail, or a box saying 无照片. */
    private static PdfPCell photo(byte[] jpeg) {
        Image image = PdfCells.jpeg(jpeg);
        if (image == null) {
            return centred(text(NO_PHOTO, SMALL, false, MUTED));
        }
        PdfPCell c = PdfCells.photo(image, PHOTO_W, PHOTO_H);
        c.setPadding(PHOTO_PAD);
        c.setMinimumHeight(CANDIDATE_ROW);
        return c;
    }

    private static PdfPCell plain(Phrase p, int colspan) {
        PdfPCell c = new PdfPCell(p);
        c.setColspan(colspan);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingBottom(12);
        c.setLeading(0, 1.3f);
        return c;
    }

    /** Every text on the sheet: the compact face first (see {@link PdfFonts#commonPhrase}). */
    private static Phrase text(String s, float size, boolean bold, Color color) {
        return PdfFonts.commonPhrase(s, size, bold, color);
    }

    // ---- document identity ---------------------------------------------------------------------------

    /** SHA-256 over everything the sheet shows, photos included: another seat list is another document. */
    private static byte[] digest(SignInSheetData d) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String s : new String[] {d.sessionName(), d.sessionCode(), d.siteName(), d.siteAddress(), d.roomName(),
                d.sitting().subjectNames(), d.sitting().startsAt().toString(), d.sitting().endsAt().toString()}) {
            update(md, s);
        }
        for (SignInSheetData.Row r : d.rows()) {
            update(md, String.valueOf(r.seatNumber()));
            update(md, r.candidateName());
            update(md, r.maskedIdNumber());
            update(md, r.ticketNumber());
            update(md, r.subjectName());
            byte[] photo = r.photoJpeg() == null ? new byte[0] : r.photoJpeg();
            md.update(ByteBuffer.allocate(4).putInt(photo.length).array());
            md.update(photo);
        }
        return md.digest();
    }

    /** Length-prefixed, so ("ab", "c") and ("a", "bc") differ; null differs from "". */
    private static void update(MessageDigest md, String s) {
        if (s == null) {
            md.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(ByteBuffer.allocate(4).putInt(b.length).array());
        md.update(b);
    }
}
