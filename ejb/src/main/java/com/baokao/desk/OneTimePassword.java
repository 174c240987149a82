package com.baokao.desk;

import java.security.SecureRandom;

/**
 * The password an account opened at the desk starts with: random, never shown, never stored anywhere but as its hash,
 * so nobody knows a password until the candidate sets their own with the one-time code. It satisfies the password
 * policy (letters and digits, 8 or more) only so that the account can be made through the ordinary registration.
 */
final class OneTimePassword {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";

    private OneTimePassword() {
    }

    static String unknownToAnyone() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 28; i++) {
            String from = i % 2 == 0 ? LETTERS : DIGITS;
            password.append(from.charAt(RANDOM.nextInt(from.length())));
        }
        return password.toString();
    }
}
