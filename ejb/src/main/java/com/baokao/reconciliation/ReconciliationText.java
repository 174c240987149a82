package com.baokao.reconciliation;

import com.baokao.i18n.UserMessages;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the report says about a line (why it was unreadable, what was found) is kept as a message key with its
 * arguments, {@code key|arg|arg}, and put into words in the reader's language when shown. The SQL that classifies
 * lines writes the same form.
 */
public final class ReconciliationText {

    private static final String SEPARATOR = "|";

    private ReconciliationText() {
    }

    public static String encode(String key, Object... args) {
        StringBuilder text = new StringBuilder(key);
        for (Object arg : args) {
            text.append(SEPARATOR).append(String.valueOf(arg).replace(SEPARATOR, "¦"));
        }
        return text.toString();
    }

    /** The sentence for {@code locale}; text that is not a known key is shown as it is. */
    public static String explain(String stored, Locale locale) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        String[] parts = stored.split("\\|", -1);
        if (!parts[0].startsWith("reconciliation.")) {
            return stored;
        }
        return UserMessages.format(locale, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }
}
