package com.baokao.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.QRCode;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/**
 * QR codes drawn as vector rectangles, so they stay sharp at any zoom and on any printer (a bitmap would be
 * resampled). The symbol is drawn without a quiet zone: callers must leave white space around it — scanners
 * want about 4 modules, i.e. {@code size / modules * 4}; 3–4 mm is plenty at the sizes Baokao uses.
 */
public final class QrCodes {

    /**
     * Level M (~15 % recoverable) survives a crease or a smudge on a printed form while keeping modules
     * large; UTF-8 so Chinese content scans correctly.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 0);

    private QrCodes() {
    }

    /**
     * The mask for codes rendered in bulk, e.g. the admission tickets' signed tokens (version 4, level M). Measured
     * with ZXing's own reader on 2,000 tokens (clean renders at 2–6 px a module, and PDFBox renders of the PDF
     * at 60–150 dpi): mask 3 failed as rarely as ZXing's per-code choice (about 1 read in 400 fails either way,
     * a detector quirk), while mask 4 — the lowest mean penalty score of the eight — failed twice as often.
     */
    static final int TOKEN_MASK = 3;

    /** The modules, one bit per module (width 0 asks ZXing for the natural size). */
    static BitMatrix matrix(String content) {
        return matrix(content, HINTS);
    }

    /**
     * The same with the given mask pattern (0–7) instead of the one ZXing picks by scoring all eight: any mask
     * is a valid code; scoring them was 90 % of the encoding time (0.30 of 0.33 ms for a ticket token).
     */
    static BitMatrix matrix(String content, int maskPattern) {
        if (!QRCode.isValidMaskPattern(maskPattern)) {
            throw new IllegalArgumentException("QR mask pattern is 0 to 7: " + maskPattern);
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(HINTS);
        hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
        return matrix(content, hints);
    }

    private static BitMatrix matrix(String content, Map<EncodeHintType, Object> hints) {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("QR code content is empty");
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR code: " + e.getMessage(), e);
        }
    }

    /** Draws the code with its lower-left corner at (x, y), {@code size} points square, in black. */
    public static void draw(PdfContentByte canvas, String content, float x, float y, float size) {
        draw(canvas, matrix(content), x, y, size);
    }

    private static void draw(PdfContentByte canvas, BitMatrix m, float x, float y, float size) {
        int n = m.getWidth();
        float module = size / n;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < n; row++) {
            // one rectangle per horizontal run of dark modules: fewer operators, and no hairline seams
            // that some viewers show between abutting rectangles
            int col = 0;
            while (col < n) {
                if (!m.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && m.get(col, row)) {
                    col++;
                }
                // PDF y grows upwards, matrix rows grow downwards
                canvas.rectangle(x + start * module, y + (n - row - 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * The code as an Image that can go into a table cell or paragraph; still vector (a form XObject).
     * {@code canvas} is any content byte of the target document, e.g. {@code writer.getDirectContent()}.
     */
    public static Image image(PdfContentByte canvas, String content, float size) {
        return image(canvas, matrix(content), size);
    }

    /** Like {@link #image(PdfContentByte, String, float)}, with a fixed mask pattern (see {@link #matrix(String, int)}). */
    static Image image(PdfContentByte canvas, String content, float size, int maskPattern) {
        return image(canvas, matrix(content, maskPattern), size);
    }

    private static Image image(PdfContentByte canvas, BitMatrix m, float size) {
        PdfTemplate template = canvas.createTemplate(size, size);
        draw(template, m, 0, 0, size);
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
