package com.baokao.document;

import static com.baokao.document.PdfStyle.*;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;

import java.io.IOException;

/** Table cells in the house style, shared by the official PDFs (registration form, receipt, admission ticket). */
final class PdfCells {

    static final float RULE_WIDTH = 0.6f;

    private PdfCells() {
    }

    /** A ruled cell, text vertically centred; {@code minHeight} 0 for none. */
    static PdfPCell cell(Phrase p, int colspan, float minHeight) {
        PdfPCell c = new PdfPCell(p);
        c.setColspan(colspan);
        rule(c);
        c.setPaddingLeft(PAD);
        c.setPaddingRight(PAD);
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        // CJK text needs more than the default leading of 1 × font size; ascender/descender make
        // vertical centring follow the real glyph box
        c.setLeading(0, 1.3f);
        c.setUseAscender(true);
        c.setUseDescender(true);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (minHeight > 0) {
            c.setMinimumHeight(minHeight);
        }
        return c;
    }

    /** A field label: small, grey ink on the label fill, centred. */
    static PdfPCell label(String text, float minHeight) {
        return label(PdfFonts.phrase(text, LABEL, false, LABEL_INK), minHeight);
    }

    /** A field label of text already set, e.g. in {@link PdfFonts#commonPhrase}. */
    static PdfPCell label(Phrase text, float minHeight) {
        PdfPCell c = cell(text, 1, minHeight);
        c.setBackgroundColor(LABEL_FILL);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    static void rule(PdfPCell c) {
        c.setBorderWidth(RULE_WIDTH);
        c.setBorderColor(RULE);
    }

    /**
     * A stored JPEG as a PDF image, as is (DCT passthrough: no quality loss, no decoding); {@code null} for no photo.
     */
    static Image jpeg(byte[] jpeg) {
        if (jpeg == null || jpeg.length == 0) {
            return null;
        }
        try {
            return Image.getInstance(jpeg);
        } catch (BadElementException | IOException e) {
            throw new IllegalArgumentException("The candidate photo cannot be placed in the PDF", e);
        }
    }

    /** The photo scaled to fit {@code w} × {@code h}, centred; without a photo, a box saying 照片. */
    static PdfPCell photo(Image photo, float w, float h) {
        PdfPCell c;
        if (photo == null) {
            c = cell(PdfFonts.phrase("照片", TEXT, false, MUTED), 1, 0);
        } else {
            photo.scaleToFit(w, h);
            c = new PdfPCell(photo, false);
            rule(c);
            c.setPadding(PAD);
        }
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
