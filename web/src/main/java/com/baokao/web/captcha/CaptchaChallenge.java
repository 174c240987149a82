package com.baokao.web.captcha;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture CAPTCHA's expected answer for this session. Every picture gets a new answer, each answer
 * is good for one check only and for {@link #VALIDITY}. Letters that look alike (0/O, 1/I/L) are left out.
 * <p>
 * {@code baokao.captcha.test-answer} makes every picture show one known text: for automated browser tests
 * only, never set in production (a warning is logged whenever it is used).
 */
@Named
@SessionScoped
public class CaptchaChallenge implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration VALIDITY = Duration.ofMinutes(10);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private String answer;
    private Instant issuedAt;

    /** A new answer, replacing the previous one. */
    public synchronized String next() {
        // read per call, not injected: a session-scoped bean may only hold serialisable dependencies
        Optional<String> testAnswer = ConfigProvider.getConfig().getOptionalValue("baokao.captcha.test-answer", String.class);
        if (testAnswer.isPresent() && !testAnswer.get().isBlank()) {
            answer = testAnswer.get().strip().toUpperCase(Locale.ROOT);
            java.util.logging.Logger.getLogger(CaptchaChallenge.class.getName())
                    .warning("baokao.captcha.test-answer is set: CAPTCHA answers are predictable (tests only)");
        } else {
            StringBuilder text = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            answer = text.toString();
        }
        issuedAt = Instant.now();
        return answer;
    }

    /** Checks what the person typed (case and spaces ignored); the answer is used up either way. */
    public synchronized boolean check(String typed) {
        String expected = answer;
        Instant issued = issuedAt;
        answer = null;
        issuedAt = null;
        if (expected == null || typed == null || Instant.now().isAfter(issued.plus(VALIDITY))) {
            return false;
        }
        return expected.equals(typed.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** Changes with every page render, so the browser fetches a fresh picture. */
    public String getCacheBuster() {
        return Long.toString(System.nanoTime(), 36);
    }
}
