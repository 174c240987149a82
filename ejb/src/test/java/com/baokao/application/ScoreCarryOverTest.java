package com.baokao.application;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Subjects passed within the validity window are not taken again; the window's end is exclusive. */
class ScoreCarryOverTest {

    private static final LocalDate PASSED = LocalDate.of(2022, 10, 29);

    private static ScoreCarryOver.EarlierResult pass(String subject, LocalDate on) {
        return new ScoreCarryOver.EarlierResult(subject, on, true);
    }

    @Test
    void aPassCoversSittingsUntilTheDayBeforeItsValidityEnds() {
        List<ScoreCarryOver.EarlierResult> earlier = List.of(pass("1", PASSED));
        assertThat(ScoreCarryOver.validPass("1", LocalDate.of(2026, 10, 28), 4, earlier)).contains(PASSED);
        assertThat(ScoreCarryOver.validPass("1", LocalDate.of(2026, 10, 29), 4, earlier)).isEmpty();
        assertThat(ScoreCarryOver.validPass("1", LocalDate.of(2023, 5, 1), 1, earlier)).contains(PASSED);
    }

    @Test
    void failsVoidedScoresOtherSubjectsAndSessionsWithoutValidityNeverCarry() {
        assertThat(ScoreCarryOver.validPass("1", LocalDate.of(2024, 1, 1), 4,
                List.of(new ScoreCarryOver.EarlierResult("1", PASSED, false)))).isEmpty();
        assertThat(ScoreCarryOver.validPass("2", LocalDate.of(2024, 1, 1), 4, List.of(pass("1", PASSED)))).isEmpty();
        assertThat(ScoreCarryOver.validPass("1", LocalDate.of(2024, 1, 1), null, List.of(pass("1", PASSED)))).isEmpty();
        // a result dated on or after the sitting cannot cover it
        assertThat(ScoreCarryOver.validPass("1", PASSED, 4, List.of(pass("1", PASSED)))).isEmpty();
    }

    @Test
    void theLatestValidPassIsShown() {
        LocalDate later = PASSED.plusYears(1);
        assertThat(ScoreCarryOver.validPass("1", LocalDate.of(2026, 12, 1), 4, List.of(pass("1", PASSED), pass("1", later))))
                .contains(later);
    }

    @Test
    void anyEarlierResultMakesTheCandidateNotFirstTime() {
        assertThat(ScoreCarryOver.candidateType(List.of())).isEqualTo(CandidateType.FIRST_TIME);
        assertThat(ScoreCarryOver.candidateType(List.of(new ScoreCarryOver.EarlierResult("4", PASSED, false))))
                .isEqualTo(CandidateType.REPEAT);
    }
}
