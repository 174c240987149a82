package com.baokao.i18n;

/**
 * Text people type into free fields (a work unit, a company name, a reviewer's comment, a site's name): cleaned
 * the same way everywhere, then refused with a sentence if it is missing or too long, never silently cut.
 * Cleaning removes what nobody types on purpose and what can make stored text display as something else:
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), direction marks, zero-width characters
 * and the byte-order mark, and control characters (line breaks are kept where a field allows several lines).
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text without invisible and control characters, stripped of surrounding blanks; never null. */
    public static String clean(String raw, boolean multiLine) {
        if (raw == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().filter(cp -> !invisible(cp) && !(Character.isISOControl(cp) && !(multiLine && (cp == '\n' || cp == '\t'))))
                .forEach(kept::appendCodePoint);
        return kept.toString().replace("\r", "").strip();
    }

    /** One-line text. */
    public static String clean(String raw) {
        return clean(raw, false);
    }

    /**
     * The cleaned text of {@code field}, or {@code null} when it is empty and optional; refused with
     * {@code field.required} when empty and required, {@code field.tooLong} (naming the limit) when longer than
     * {@code maxChars} characters as a person counts them (code points).
     */
    public static String field(String field, String raw, int maxChars, boolean required) {
        String text = clean(raw, false);
        return checked(field, text, maxChars, required);
    }

    /** As {@link #field}, keeping line breaks. */
    public static String lines(String field, String raw, int maxChars, boolean required) {
        return checked(field, clean(raw, true), maxChars, required);
    }

    private static String checked(String field, String text, int maxChars, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                throw BaokaoException.at(field, "field.required");
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw BaokaoException.at(field, "field.tooLong", String.valueOf(maxChars));
        }
        return text;
    }

    /** Characters that change how text displays without showing themselves. */
    static boolean invisible(int cp) {
        return cp >= 0x202A && cp <= 0x202E      // embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069  // isolates
                || cp == 0x200E || cp == 0x200F || cp == 0x061C // direction marks
                || cp >= 0x200B && cp <= 0x200D  // zero-width space, non-joiner, joiner
                || cp == 0x2060 || cp == 0xFEFF  // word joiner, byte-order mark
                || cp == 0x00AD;                 // soft hyphen
    }
}
