package com.baokao.account;

import com.baokao.i18n.BaokaoException;

import java.text.Normalizer;

/**
 * A real name as printed on the ID document. No spaces of any kind; letters of every script, including
 * the CJK extension planes outside the Basic Multilingual Plane (counted as one character each); the
 * middle dot of minority and foreign names, whichever dot the input method produced, stored as U+00B7.
 */
public final class PersonName {

    public static final String FIELD = "name";
    public static final int MAX_CODE_POINTS = 50;
    private static final char MIDDLE_DOT = '\u00B7';

    private PersonName() {
    }

    public static String normalise(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.replace('\u30FB', MIDDLE_DOT).replace('\u2022', MIDDLE_DOT).replace('\u2027', MIDDLE_DOT)
                .replace('\uFF65', MIDDLE_DOT);
        if (name.isEmpty()) {
            throw BaokaoException.at(FIELD, "name.required");
        }
        if (name.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            throw BaokaoException.at(FIELD, "name.spaces");
        }
        int length = name.codePointCount(0, name.length());
        if (length < 2 || length > MAX_CODE_POINTS) {
            throw BaokaoException.at(FIELD, "name.length", MAX_CODE_POINTS);
        }
        if (name.charAt(0) == MIDDLE_DOT || name.charAt(name.length() - 1) == MIDDLE_DOT
                || name.contains("" + MIDDLE_DOT + MIDDLE_DOT)) {
            throw BaokaoException.at(FIELD, "name.dot");
        }
        boolean allowed = name.codePoints().allMatch(cp -> cp == MIDDLE_DOT || Character.isLetter(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK);
        if (!allowed) {
            throw BaokaoException.at(FIELD, "name.characters");
        }
        return name;
    }
}
