package com.baokao.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Due times are Shanghai wall-clock times (UTC+8), whatever zone the test machine runs in. */
class CadenceTest {

    private final Cadence nightly = Cadence.dailyAt(LocalTime.of(3, 30));

    @Test
    void aDailyRunIsDueFromItsTimeOnAndYesterdaysBefore() {
        // 03:30 Shanghai = 19:30 UTC the day before
        assertThat(nightly.latestDueAtOrBefore(Instant.parse("2026-11-24T19:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T19:30:00Z"));
        assertThat(nightly.latestDueAtOrBefore(Instant.parse("2026-11-24T19:29:59Z")))
                .isEqualTo(Instant.parse("2026-11-23T19:30:00Z"));
        assertThat(nightly.latestDueAtOrBefore(Instant.parse("2026-11-25T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T19:30:00Z"));
    }

    @Test
    void aRunMissedDuringDowntimeIsTheOneDueAtStartUp() {
        // down from 03:00 to 08:00 Shanghai: the 03:30 run is what the first tick after start-up must make
        assertThat(nightly.latestDueAtOrBefore(Instant.parse("2026-11-25T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T19:30:00Z"));
    }

    @Test
    void periodicRunsCountFromShanghaiMidnight() {
        Cadence fiveMinutes = Cadence.everyMinutes(5);
        assertThat(fiveMinutes.latestDueAtOrBefore(Instant.parse("2026-11-25T02:07:10Z")))
                .isEqualTo(Instant.parse("2026-11-25T02:05:00Z"));
        assertThat(fiveMinutes.latestDueAtOrBefore(Instant.parse("2026-11-24T16:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(Cadence.everyMinutes(60).latestDueAtOrBefore(Instant.parse("2026-11-24T16:59:59Z")))
                .isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
    }

    @Test
    void aPeriodMustDivideTheDay() {
        assertThatThrownBy(() -> Cadence.everyMinutes(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cadence.everyMinutes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
