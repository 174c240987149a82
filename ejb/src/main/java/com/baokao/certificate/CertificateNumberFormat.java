package com.baokao.certificate;

import com.baokao.i18n.BaokaoException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of a session's certificate numbers, set per exam session by the administrator: letters, digits and
 * hyphens, with {@code {SESSION}} (the session's code, which keeps numbers of different sessions apart),
 * {@code {YYYY}} (the year of issue) and exactly one {@code {N:d}} (the session's serial, zero-padded to d digits,
 * 3 to 12). The default is {@value #DEFAULT}.
 */
public final class CertificateNumberFormat {

    public static final String DEFAULT = "{SESSION}-{YYYY}-{N:6}";
    static final int MAX_LENGTH = 60;

    private static final Pattern SERIAL = Pattern.compile("\\{N:(\\d{1,2})}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9-]*");

    private final String pattern;
    private final int digits;

    private CertificateNumberFormat(String pattern, int digits) {
        this.pattern = pattern;
        this.digits = digits;
    }

    /** The format, checked; refused at field {@code numberPattern} when it cannot number certificates uniquely. */
    public static CertificateNumberFormat of(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw BaokaoException.at("numberPattern", "field.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw BaokaoException.at("numberPattern", "field.tooLong", String.valueOf(MAX_LENGTH));
        }
        Matcher serial = SERIAL.matcher(text);
        if (!serial.find()) {
            throw BaokaoException.at("numberPattern", "certificate.pattern.serial");
        }
        int digits = Integer.parseInt(serial.group(1));
        if (serial.find() || digits < 3 || digits > 12) {
            throw BaokaoException.at("numberPattern", "certificate.pattern.serial");
        }
        if (!text.contains("{SESSION}")) {
            throw BaokaoException.at("numberPattern", "certificate.pattern.session");
        }
        String literal = SERIAL.matcher(text).replaceAll("").replace("{SESSION}", "").replace("{YYYY}", "");
        if (!LITERAL.matcher(literal).matches()) {
            throw BaokaoException.at("numberPattern", "certificate.pattern.characters");
        }
        return new CertificateNumberFormat(text, digits);
    }

    public String pattern() {
        return pattern;
    }

    /** The number of serial {@code serial} of session {@code sessionCode}, issued in {@code year}. */
    public String number(String sessionCode, int year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial " + serial);
        }
        String padded = String.format("%0" + digits + "d", serial);
        if (padded.length() > digits) {
            throw new BaokaoException("certificate.pattern.full", String.valueOf(digits));
        }
        String number = SERIAL.matcher(pattern).replaceAll(Matcher.quoteReplacement(padded))
                .replace("{SESSION}", sessionCode).replace("{YYYY}", String.format("%04d", year));
        if (number.length() > MAX_LENGTH) {
            throw new BaokaoException("certificate.pattern.tooLong", String.valueOf(MAX_LENGTH));
        }
        return number;
    }
}
