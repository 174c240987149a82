package com.baokao.document;

import java.awt.Color;

/** The house style of Baokao's official documents (registration form, fee receipt): type sizes, inks and fills. */
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

    private PdfStyle() {
    }
}
