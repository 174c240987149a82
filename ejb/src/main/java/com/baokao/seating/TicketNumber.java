package com.baokao.seating;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An admission ticket number (准考证号): one per candidate per exam session, stable once given. In the house style of
 * the registration serial number ({@code HM2026B-00000001}): exam session code, region code and an eight-digit
 * sequence, joined by hyphens, e.g. {@code HM2026B-50-00000001}. The sequence counts within (session, region), from 1.
 * Seats are printed on the ticket, never encoded in the number, so a change of room does not change it.
 *
 * <p>A session code follows the catalogue's code rule ({@code [A-Za-z0-9_-]{1,20}}); a region code the same rule
 * without the hyphen, so that a number reads back unambiguously: the region code is the last code before the
 * sequence. (Region codes are administrative division codes such as {@code 50} or {@code 500106}.)
 */
public record TicketNumber(String sessionCode, String regionCode, long sequence) {

    public static final long MAX_SEQUENCE = 99_999_999L;

    private static final String SESSION = "[A-Za-z0-9_-]{1,20}";
    private static final String REGION = "[A-Za-z0-9_]{1,20}";
    private static final Pattern FORMAT = Pattern.compile("(" + SESSION + ")-(" + REGION + ")-([0-9]{8})");

    public TicketNumber {
        if (sessionCode == null || !sessionCode.matches(SESSION)) {
            throw new IllegalArgumentException("not an exam session code: " + sessionCode);
        }
        if (regionCode == null || !regionCode.matches(REGION)) {
            throw new IllegalArgumentException("not a region code for a ticket number (letters, digits, _): " + regionCode);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("ticket sequence outside 1.." + MAX_SEQUENCE + ": " + sequence);
        }
    }

    /** Reads a ticket number as printed or typed: surrounding blanks and full-width characters (NFKC) are accepted. */
    public static TicketNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a ticket number: " + text));
    }

    /** Like {@link #parse}, empty for anything that is not a ticket number. */
    public static Optional<TicketNumber> tryParse(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long sequence = Long.parseLong(m.group(3));
        return sequence == 0 ? Optional.empty() : Optional.of(new TicketNumber(m.group(1), m.group(2), sequence));
    }

    /** The number as printed, e.g. {@code HM2026B-50-00000001}. */
    @Override
    public String toString() {
        return String.format("%s-%s-%08d", sessionCode, regionCode, sequence);
    }
}
