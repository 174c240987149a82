package com.baokao.i18n;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence kept in the database for a report (why a line of a file was not taken, what was found) as its message
 * key with the arguments, {@code key|arg|arg}, and put into words in the reader's language when shown. SQL that
 * classifies lines in bulk writes the same form.
 */
public final class KeptSentence {

    private static final String SEPARATOR = "|";

    private KeptSentence() {
    }

    public static String encode(String key, Object... args) {
        StringBuilder text = new StringBuilder(key);
        for (Object arg : args) {
            text.append(SEPARATOR).append(String.valueOf(arg).replace(SEPARATOR, "¦"));
        }
        return text.toString();
    }

    /**
     * The sentence for {@code locale} when the kept text is a key starting with {@code prefix}; any other text is
     * shown as it is (so a kept value can never name a message it was not meant to).
     */
    public static String explain(String stored, Locale locale, String prefix) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        String[] parts = stored.split("\\|", -1);
        if (!parts[0].startsWith(prefix)) {
            return stored;
        }
        return UserMessages.format(locale, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
