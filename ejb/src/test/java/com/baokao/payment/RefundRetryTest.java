package com.baokao.payment;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundRetryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void waitsDoubleFromFiveMinutes() {
        assertThat(RefundRetry.afterFailure(1, NOW)).isEqualTo(new RefundRetry.Decision(false, NOW.plus(Duration.ofMinutes(5))));
        assertThat(RefundRetry.afterFailure(2, NOW).nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(RefundRetry.afterFailure(3, NOW).nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(RefundRetry.afterFailure(4, NOW).nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(40)));
    }

    @Test
    void givesUpAtTheLastAttemptForAnOperator() {
        assertThat(RefundRetry.afterFailure(RefundRetry.MAX_ATTEMPTS, NOW)).isEqualTo(new RefundRetry.Decision(true, null));
        assertThat(RefundRetry.afterFailure(RefundRetry.MAX_ATTEMPTS + 3, NOW).giveUp()).isTrue();
        for (int attempt = 1; attempt < RefundRetry.MAX_ATTEMPTS; attempt++) {
            RefundRetry.Decision decision = RefundRetry.afterFailure(attempt, NOW);
            assertThat(decision.giveUp()).isFalse();
            assertThat(Duration.between(NOW, decision.nextAttemptAt())).isLessThanOrEqualTo(RefundRetry.LONGEST_WAIT);
        }
    }

    @Test
    void noFailureIsNoDecision() {
        assertThatThrownBy(() -> RefundRetry.afterFailure(0, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundIsDueWhenItNeverFailedOrItsWaitIsOver() {
        assertThat(RefundRetry.due(null, NOW)).isTrue();
        assertThat(RefundRetry.due(NOW, NOW)).isTrue();
        assertThat(RefundRetry.due(NOW.minusSeconds(1), NOW)).isTrue();
        assertThat(RefundRetry.due(NOW.plusSeconds(1), NOW)).isFalse();
    }
}
