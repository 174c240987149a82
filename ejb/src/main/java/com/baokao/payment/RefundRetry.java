package com.baokao.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * When a refund the provider did not carry out is tried again: after 5, 10, 20 and 40 minutes (the executor runs
 * every 5 minutes), and after the {@link #MAX_ATTEMPTS}th failure not again: it is FAILED and an operator looks.
 */
public final class RefundRetry {

    public static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofMinutes(5);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** Give up, or try again no earlier than {@code nextAttemptAt}. */
    public record Decision(boolean giveUp, Instant nextAttemptAt) {
    }

    private RefundRetry() {
    }

    /** @param failedAttempts how many attempts have failed, counting the one that just did (1 or more) */
    public static Decision afterFailure(int failedAttempts, Instant now) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("at least one failed attempt, not " + failedAttempts);
        }
        if (failedAttempts >= MAX_ATTEMPTS) {
            return new Decision(true, null);
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return new Decision(false, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    }

    /** A queued refund is due when it has never failed or its wait is over. */
    public static boolean due(Instant nextAttemptAt, Instant now) {
        return nextAttemptAt == null || !now.isBefore(nextAttemptAt);
    }
}
