package com.baokao.account;

import com.baokao.i18n.BaokaoException;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An identity document as the account key: type plus normalised number. For a resident ID the number
 * also yields the date of birth and sex.
 */
public record IdDocument(IdType type, String number, LocalDate birthDate, Sex sex) {

    /** Validates and normalises what a person typed; sex and birth date are taken from the number when it has them. */
    public static IdDocument parse(IdType type, String rawNumber, LocalDate today) {
        if (type == null) {
            throw BaokaoException.at("idType", "id.type.required");
        }
        if (type == IdType.RESIDENT_ID) {
            ResidentIdNumber id = ResidentIdNumber.parse(rawNumber, today);
            return new IdDocument(type, id.value(), id.birthDate(), id.sex());
        }
        String number = rawNumber == null ? "" : rawNumber.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw BaokaoException.at(ResidentIdNumber.FIELD, "id.required");
        }
        if (!number.matches("[A-Z0-9]{5,20}")) {
            throw BaokaoException.at(ResidentIdNumber.FIELD, "passport.format");
        }
        return new IdDocument(type, number, null, null);
    }

    /**
     * The number with its middle hidden, wherever it is shown or printed (pages, tickets, sign-in sheets, receipts):
     * 110105********1239. The first six digits (the issuing area) and the last four are what people quote to tell
     * whose it is; enough for the owner to recognise, too little to reuse. Shorter numbers (passports) keep two and
     * four, and a very short one still hides all but its last two characters. Empty for no number.
     */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        int n = number.length();
        int head = n >= 15 ? 6 : n >= 8 ? 2 : 0;
        int tail = n >= 8 ? 4 : Math.min(2, n);
        return number.substring(0, head) + "*".repeat(n - head - tail) + number.substring(n - tail);
    }

    /** The form login and look-ups use: same normalisation as registration, no date checks needed. */
    public static String normaliseNumber(String rawNumber) {
        return rawNumber == null ? "" : rawNumber.strip().toUpperCase(Locale.ROOT);
    }
}
