package com.baokao.account.captcha;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One CAPTCHA picture as drawn: its text and when it was made. Each picture gets a new text; a text is good for
 * {@link #VALIDITY} and, as the front end keeps it, for one answer. Letters that look alike (0/O, 1/I/L) are left
 * out.
 * <p>
 * {@code baokao.captcha.test-answer} makes every picture show one known text: for automated browser tests only, never
 * set in production (a warning is logged whenever it is used).
 */
public record Captcha(String text, Instant issuedAt) implements Serializable {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    static final String TEST_ANSWER = "baokao.captcha.test-answer";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new picture's text. */
    public static Captcha issue(Instant now) {
        return issue(now, ConfigProvider.getConfig().getOptionalValue(TEST_ANSWER, String.class).orElse(null));
    }

    static Captcha issue(Instant now, String testAnswer) {
        if (testAnswer != null && !testAnswer.isBlank()) {
            Logger.getLogger(Captcha.class.getName())
                    .warning(TEST_ANSWER + " is set: CAPTCHA answers are predictable (tests only)");
            return new Captcha(testAnswer.strip().toUpperCase(Locale.ROOT), now);
        }
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new Captcha(text.toString(), now);
    }

    /** Whether {@code typed} is this picture's text (case and spaces ignored) while the picture is still valid. */
    public boolean isSolvedBy(String typed, Instant now) {
        if (typed == null || text == null || issuedAt == null || now.isAfter(issuedAt.plus(VALIDITY))) {
            return false;
        }
        return text.equals(typed.replace(" ", "").toUpperCase(Locale.ROOT));
    }
}
