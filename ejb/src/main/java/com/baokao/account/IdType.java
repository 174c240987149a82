package com.baokao.account;

/**
 * The identity document a candidate registers with. The mainland resident ID (also the 18-digit
 * residence permits of Hong Kong, Macao and Taiwan residents, which share its format) carries the
 * date of birth and sex; a passport does not, so the candidate states them.
 */
public enum IdType {
    RESIDENT_ID,
    PASSPORT;

    public boolean carriesBirthDateAndSex() {
        return this == RESIDENT_ID;
    }
}
