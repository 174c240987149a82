package com.baokao.document;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The house style of Baokao's official documents (registration form, fee receipt, admission ticket, sign-in sheet): type sizes, inks and fills. */
final class PdfStyle {

    static final float TEXT = 10f;
    static final float LABEL = 9.5f;
    static final float SMALL = 8.5f;
    static final float PAD = 5f;

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color LABEL_INK = new Color(0x3A, 0x3A, 0x3A);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color LABEL_FILL = new Color(0xF3, 0xF4, 0xF6);
    static final Color SECTION_FILL = new Color(0xE2, 0xE7, 0xEE);
    static final Color RULE = new Color(0x50, 0x50, 0x50);

    /** Millimetres to PDF points. */
    static float mm(float mm) {
        return mm * 72f / 25.4f;
    }

    /** Exam times are printed in Beijing time, whatever the server's zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    /** e.g. "2026-05-23（周六）". */
    static String date(ZonedDateTime t) {
        return DATE.format(t) + "（周" + WEEKDAYS[t.getDayOfWeek().getValue() - 1] + "）";
    }

    /** e.g. "09:00–11:30"; an end on another day carries its date. */
    static String time(ZonedDateTime start, ZonedDateTime end) {
        String to = end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : DATE.format(end) + " " + TIME.format(end);
        return TIME.format(start) + "–" + to;
    }

    /** Two digits at least, as on the desk labels: 7 → "07". */
    static String seat(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /**
     * No creation or modification date (a ticket or a sheet has no "printed at": a reprint is the same document), and
     * a document ID derived from what it shows, so two renders of the same data are the same bytes.
     */
    static void deterministic(PdfWriter writer, byte[] id) {
        writer.getInfo().remove(PdfName.CREATIONDATE);
        writer.getInfo().remove(PdfName.MODDATE);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private PdfStyle() {
    }
}
