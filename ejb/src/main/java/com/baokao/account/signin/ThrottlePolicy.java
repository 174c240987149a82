package com.baokao.account.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated sign-in failures for one account are slowed, without ever locking the owner out
 * (anyone who knows an ID number could otherwise lock its owner out on purpose):
 * from the 3rd failure a picture CAPTCHA is needed; from the 5th each attempt must wait 1, 2, 4 ...
 * seconds after the previous failure, at most one minute. Failures older than an hour are forgotten.
 */
public final class ThrottlePolicy {

    public static final int CAPTCHA_AFTER_FAILURES = 3;
    public static final int DELAY_AFTER_FAILURES = 5;
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private ThrottlePolicy() {
    }

    /** Failures that still count at {@code now}. */
    public static int effectiveFailures(int failures, Instant lastFailureAt, Instant now) {
        if (lastFailureAt == null || !now.isBefore(lastFailureAt.plus(FORGET_AFTER))) {
            return 0;
        }
        return failures;
    }

    public static boolean captchaRequired(int failures, Instant lastFailureAt, Instant now) {
        return effectiveFailures(failures, lastFailureAt, now) >= CAPTCHA_AFTER_FAILURES;
    }

    /** The delay imposed after {@code failures} failures. */
    public static Duration delayAfter(int failures) {
        if (failures < DELAY_AFTER_FAILURES) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - DELAY_AFTER_FAILURES, 10);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** How long the next attempt must still wait at {@code now}; zero when it may go ahead. */
    public static Duration waitRemaining(int failures, Instant lastFailureAt, Instant now) {
        int effective = effectiveFailures(failures, lastFailureAt, now);
        Duration delay = delayAfter(effective);
        if (delay.isZero()) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, lastFailureAt.plus(delay));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
