package com.baokao.account;

import com.baokao.i18n.BaokaoException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * An 18-digit mainland resident ID number (GB 11643-1999): 6-digit region code, 8-digit date of birth,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * A lowercase x is accepted and stored as X.
 */
public record ResidentIdNumber(String value, LocalDate birthDate, Sex sex) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    /** Province-level codes in use, plus 81/82/83 for the residence permits of HK, Macao and Taiwan residents. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public static final String FIELD = "idNumber";

    /**
     * @param raw   what the person typed
     * @param today today's date in Asia/Shanghai, to refuse dates of birth in the future
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        String value = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            throw BaokaoException.at(FIELD, "id.required");
        }
        if (value.length() != 18) {
            throw BaokaoException.at(FIELD, "id.length", value.length());
        }
        if (!value.matches("\\d{17}[\\dX]")) {
            throw BaokaoException.at(FIELD, "id.format");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw BaokaoException.at(FIELD, "id.region", value.substring(0, 6));
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw BaokaoException.at(FIELD, "id.birthdate", value.substring(6, 14));
        }
        if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
            throw BaokaoException.at(FIELD, "id.birthdate", value.substring(6, 14));
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw BaokaoException.at(FIELD, "id.checkdigit");
        }
        Sex sex = (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new ResidentIdNumber(value, birthDate, sex);
    }

    /** The check character for the first 17 digits of {@code number}. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }
}
