package com.baokao.reconciliation;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyDaysTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 12, 1);

    @Test
    void anOrdinaryNightOwesYesterdayOnly() {
        Set<LocalDate> everyNightBefore = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(YESTERDAY::minusDays).collect(java.util.stream.Collectors.toSet());
        assertThat(NightlyDays.owed(YESTERDAY, LocalDate.of(2026, 1, 1), everyNightBefore)).containsExactly(YESTERDAY);
    }

    @Test
    void nightsMissedWhileTheServersWereDownAreCaughtUpOldestFirstAWeekBackAtMost() {
        assertThat(NightlyDays.owed(YESTERDAY, LocalDate.of(2026, 1, 1), Set.of(YESTERDAY.minusDays(3))))
                .containsExactly(YESTERDAY.minusDays(6), YESTERDAY.minusDays(5), YESTERDAY.minusDays(4),
                        YESTERDAY.minusDays(2), YESTERDAY.minusDays(1), YESTERDAY);
    }

    @Test
    void nothingBeforeTheFirstOrderAndNothingTwice() {
        assertThat(NightlyDays.owed(YESTERDAY, YESTERDAY.minusDays(1), Set.of())).containsExactly(YESTERDAY.minusDays(1), YESTERDAY);
        assertThat(NightlyDays.owed(YESTERDAY, YESTERDAY.minusDays(1), Set.of(YESTERDAY.minusDays(1), YESTERDAY))).isEmpty();
        assertThat(NightlyDays.owed(YESTERDAY, null, Set.of())).isEmpty();
        assertThat(NightlyDays.owed(YESTERDAY, YESTERDAY.plusDays(1), Set.of())).isEmpty();
    }
}
