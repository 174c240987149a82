package com.baokao.platform;

import com.baokao.i18n.BaokaoException;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in fen (分), the unit Baokao stores and the payment provider reports: whole fen in a
 * {@code long}, never a {@code double}, never below zero (fees, payments and refunds all are). Read from what an
 * administrator types with {@link #parse}; shown one way on every page, receipt and notice: {@link #toString()}
 * is {@code ¥175.00}, {@link #yuan()} the bare {@code 175.00} for a column or a sentence that names the unit itself.
 * Chinese and English pages show the same figure, so formatting takes no locale.
 */
public record Money(long fen) implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(0);

    /** The most {@link #parse} accepts: no exam fee comes near a million yuan, so more is a slip of the keyboard. */
    public static final Money MAX_TYPED = new Money(100_000_000L);

    /** Yuan, optionally in thousands groups (1,234), then at least one decimal if there is a point. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
    private static final String YUAN_SIGN = "¥";

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("negative amount: " + fen + " fen");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * What a person typed, in yuan: {@code 175}, {@code 175.5}, {@code 175.50}, {@code ¥175.00}, {@code 175 元},
     * {@code 1,750}, in half- or full-width characters. Nothing is ever rounded: a third decimal is refused, not
     * dropped.
     *
     * @param field the form field the text came from, named in the refusal
     * @throws BaokaoException at {@code field}: blank, not an amount, negative, more than two decimals, or above
     *                         {@link #MAX_TYPED}
     */
    public static Money parse(String field, String typed) {
        // NFKC turns full-width digits, point, comma and ￥ (what a Chinese input method gives) into their plain forms
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        boolean negative = text.startsWith("-");
        text = withoutPrefix(text, "-");
        text = withoutPrefix(text, YUAN_SIGN);
        if (!negative && text.startsWith("-")) {
            negative = true;
            text = withoutPrefix(text, "-");
        }
        if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            throw BaokaoException.at(field, "field.required");
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw BaokaoException.at(field, "money.format");
        }
        if (negative) {
            throw BaokaoException.at(field, "money.negative");
        }
        String decimals = m.group(2) == null ? "" : m.group(2);
        if (decimals.length() > 2) {
            throw BaokaoException.at(field, "money.decimals");
        }
        String whole = m.group(1).replace(",", "").replaceFirst("^0+(?=\\d)", "");
        // more digits than MAX_TYPED has would also overflow a long: refuse before parsing
        if (whole.length() > Long.toString(MAX_TYPED.fen / 100).length()) {
            throw BaokaoException.at(field, "money.tooLarge", MAX_TYPED.toString());
        }
        long fen = Long.parseLong(whole) * 100 + Long.parseLong((decimals + "00").substring(0, 2));
        if (fen > MAX_TYPED.fen) {
            throw BaokaoException.at(field, "money.tooLarge", MAX_TYPED.toString());
        }
        return new Money(fen);
    }

    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()).strip() : text;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** Yuan with exactly two decimals and no grouping: 17500 fen is {@code 175.00}, 5 fen {@code 0.05}. */
    public String yuan() {
        long cents = fen % 100;
        return (fen / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    /** The amount as pages, receipts and notices print it: {@code ¥175.00}. */
    @Override
    public String toString() {
        return YUAN_SIGN + yuan();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }
}
