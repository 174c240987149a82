package com.baokao.account;

import com.baokao.i18n.BaokaoException;

/** At least 8 characters, at most 64, mixing letters and digits (seed 001 asks 6; we ask 8). */
public final class PasswordPolicy {

    public static final String FIELD = "password";
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static void check(String password, String repeated) {
        if (password == null || password.isEmpty()) {
            throw BaokaoException.at(FIELD, "password.required");
        }
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw BaokaoException.at(FIELD, "password.length", MIN_LENGTH, MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            throw BaokaoException.at(FIELD, "password.mix");
        }
        if (repeated != null && !password.equals(repeated)) {
            throw BaokaoException.at("passwordRepeat", "password.mismatch");
        }
    }
}
