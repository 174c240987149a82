package com.baokao.payment;

import com.baokao.i18n.BaokaoException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number of the paper slip (the cash receipt book's or the card terminal's) a desk payment was taken against: what
 * the day's takings are matched by. Letters, digits and hyphens, 1 to 40 of them; spaces around it are dropped and
 * letters kept in capitals, so "pos-0012 " and "POS-0012" are the same slip.
 */
public final class SlipNumber {

    public static final String FIELD = "slipNumber";
    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private SlipNumber() {
    }

    public static String normalise(String typed) {
        String slip = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (slip.isEmpty()) {
            throw BaokaoException.at(FIELD, "desk.slip.required");
        }
        if (!FORM.matcher(slip).matches()) {
            throw BaokaoException.at(FIELD, "desk.slip.invalid");
        }
        return slip;
    }
}
