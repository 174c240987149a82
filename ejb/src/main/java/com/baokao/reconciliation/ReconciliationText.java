package com.baokao.reconciliation;

import com.baokao.i18n.KeptSentence;
import java.util.Locale;

/**
 * What the report says about a line (why it was unreadable, what was found), kept as a {@link KeptSentence} of a
 * {@code reconciliation.*} key. The SQL that classifies lines writes the same form.
 */
public final class ReconciliationText {

    private ReconciliationText() {
    }

    public static String encode(String key, Object... args) {
        return KeptSentence.encode(key, args);
    }

    /** The sentence for {@code locale}; text that is not a known key is shown as it is. */
    public static String explain(String stored, Locale locale) {
        return KeptSentence.explain(stored, locale, "reconciliation.");
    }
}
