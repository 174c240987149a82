package com.baokao.account.signin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlePolicyTest {

    private static final Instant LAST_FAILURE = Instant.parse("2025-06-15T02:00:00Z");
    private static final Instant SOON_AFTER = LAST_FAILURE.plusSeconds(1);

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void noCaptchaForFewFailures(int failures) {
        assertThat(ThrottlePolicy.captchaRequired(failures, LAST_FAILURE, SOON_AFTER)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 10, 100})
    void captchaFromTheThirdFailure(int failures) {
        assertThat(ThrottlePolicy.captchaRequired(failures, LAST_FAILURE, SOON_AFTER)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void noDelayBelowFiveFailures(int failures) {
        assertThat(ThrottlePolicy.delayAfter(failures)).isZero();
        assertThat(ThrottlePolicy.waitRemaining(failures, LAST_FAILURE, LAST_FAILURE)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "5, 1",
            "6, 2",
            "7, 4",
            "8, 8",
            "10, 32",
            "11, 60",
            "15, 60",
            "20, 60",
            "1000, 60",
            "2147483647, 60"
    })
    void delayDoublesFromTheFifthFailureUpToOneMinute(int failures, long seconds) {
        assertThat(ThrottlePolicy.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void delayNeverExceedsMaximum() {
        for (int failures = 0; failures <= 200; failures++) {
            assertThat(ThrottlePolicy.delayAfter(failures)).isLessThanOrEqualTo(ThrottlePolicy.MAX_DELAY);
        }
    }

    @Test
    void waitRemainingCountsDownFromTheLastFailure() {
        int failures = 7; // 4 s

        assertThat(ThrottlePolicy.waitRemaining(failures, LAST_FAILURE, LAST_FAILURE)).isEqualTo(Duration.ofSeconds(4));
        assertThat(ThrottlePolicy.waitRemaining(failures, LAST_FAILURE, LAST_FAILURE.plusSeconds(1)))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(ThrottlePolicy.waitRemaining(failures, LAST_FAILURE, LAST_FAILURE.plusMillis(3_500)))
                .isEqualTo(Duration.ofMillis(500));
        assertThat(ThrottlePolicy.waitRemaining(failures, LAST_FAILURE, LAST_FAILURE.plusSeconds(4).minusNanos(1)))
                .isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void waitRemainingIsZeroOnceTheDelayHasElapsed() {
        assertThat(ThrottlePolicy.waitRemaining(7, LAST_FAILURE, LAST_FAILURE.plusSeconds(4))).isZero();
        assertThat(ThrottlePolicy.waitRemaining(7, LAST_FAILURE, LAST_FAILURE.plusSeconds(30))).isZero();
        assertThat(ThrottlePolicy.waitRemaining(20, LAST_FAILURE, LAST_FAILURE.plusSeconds(59)))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(ThrottlePolicy.waitRemaining(20, LAST_FAILURE, LAST_FAILURE.plusSeconds(60))).isZero();
    }

    @Test
    void waitRemainingIsZeroWithoutAnyFailure() {
        assertThat(ThrottlePolicy.waitRemaining(0, null, LAST_FAILURE)).isZero();
        assertThat(ThrottlePolicy.waitRemaining(10, null, LAST_FAILURE)).isZero();
    }

    @Test
    void failuresAreForgottenExactlyAfterAnHour() {
        Instant forgetAt = LAST_FAILURE.plus(ThrottlePolicy.FORGET_AFTER);
        assertThat(forgetAt).isEqualTo(LAST_FAILURE.plusSeconds(3600));

        assertThat(ThrottlePolicy.effectiveFailures(20, LAST_FAILURE, forgetAt.minusNanos(1))).isEqualTo(20);
        assertThat(ThrottlePolicy.effectiveFailures(20, LAST_FAILURE, forgetAt)).isZero();
        assertThat(ThrottlePolicy.effectiveFailures(20, LAST_FAILURE, forgetAt.plusSeconds(1))).isZero();

        assertThat(ThrottlePolicy.captchaRequired(3, LAST_FAILURE, forgetAt.minusNanos(1))).isTrue();
        assertThat(ThrottlePolicy.captchaRequired(3, LAST_FAILURE, forgetAt)).isFalse();
    }

    @Test
    void forgottenFailuresImposeNoWait() {
        Instant forgetAt = LAST_FAILURE.plus(ThrottlePolicy.FORGET_AFTER);
        assertThat(ThrottlePolicy.waitRemaining(20, LAST_FAILURE, forgetAt)).isZero();
    }

    @Test
    void failuresWithoutATimestampDoNotCount() {
        assertThat(ThrottlePolicy.effectiveFailures(5, null, LAST_FAILURE)).isZero();
        assertThat(ThrottlePolicy.captchaRequired(5, null, LAST_FAILURE)).isFalse();
    }
}
