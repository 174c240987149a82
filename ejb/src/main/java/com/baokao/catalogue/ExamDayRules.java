package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;

import java.util.Arrays;
import java.util.List;

/**
 * The exam-day rules (考生须知) an administrator writes for the admission ticket: one paragraph a line, stored as
 * printed (each line trimmed, blank lines dropped), so the page shows exactly what the ticket will say. Nothing
 * written means the standard rules.
 */
final class ExamDayRules {

    /** The column's size. */
    static final int MAX_CHARS = 4000;

    /** What still fits the ticket's page beside the seats. */
    static final int MAX_PARAGRAPHS = 20;

    static final String FIELD = "examDayRules";

    private ExamDayRules() {
    }

    /** The text to store, or {@code null} for the standard rules. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        List<String> paragraphs = Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (paragraphs.isEmpty()) {
            return null;
        }
        if (paragraphs.size() > MAX_PARAGRAPHS) {
            throw BaokaoException.at(FIELD, "exam.rules.too.many.paragraphs", MAX_PARAGRAPHS, paragraphs.size());
        }
        String stored = String.join("\n", paragraphs);
        if (stored.length() > MAX_CHARS) {
            throw BaokaoException.at(FIELD, "exam.rules.too.long", MAX_CHARS, stored.length());
        }
        return stored;
    }
}
