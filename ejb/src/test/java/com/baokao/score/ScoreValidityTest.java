package com.baokao.score;

import com.baokao.application.ScoreCarryOver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The validity a candidate is shown is the carry-over's own window, day for day. */
class ScoreValidityTest {

    private static final LocalDate PASSED = LocalDate.of(2022, 10, 29);

    private static ScoreValidity.Result result(String code, LocalDate on, boolean passed, boolean voided, Integer years) {
        return new ScoreValidity.Result(code, "科目 " + code, on, new BigDecimal("70.00"), null, passed, voided,
                voided ? "证明材料不实" : null, years);
    }

    @Test
    void aPassIsValidThroughTheLastDayTheCarryOverStillCovers() {
        ScoreValidity.Entry entry = ScoreValidity.of(result("1", PASSED, true, false, 4), LocalDate.of(2026, 10, 28));
        assertThat(entry.state()).isEqualTo(ScoreValidity.State.VALID);
        assertThat(entry.validUntil()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(ScoreValidity.of(result("1", PASSED, true, false, 4), LocalDate.of(2026, 10, 29)).state())
                .isEqualTo(ScoreValidity.State.EXPIRED);
    }

    @Test
    void validUntilAgreesWithTheCarryOverOnEveryDayAroundTheEnd() {
        for (int years = 1; years <= 5; years++) {
            LocalDate until = ScoreValidity.of(result("1", PASSED, true, false, years), PASSED).validUntil();
            for (LocalDate day = until.minusDays(3); day.isBefore(until.plusDays(4)); day = day.plusDays(1)) {
                boolean covered = ScoreCarryOver.validPass("1", day, years,
                        List.of(new ScoreCarryOver.EarlierResult("1", PASSED, true))).isPresent();
                assertThat(covered).as("%d years, sitting on %s", years, day).isEqualTo(!day.isAfter(until));
            }
        }
    }

    @Test
    void aLeapDayPassEndsOnTheLastDayOfFebruary() {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(ScoreValidity.of(result("1", leap, true, false, 1), leap).validUntil()).isEqualTo(LocalDate.of(2025, 2, 27));
    }

    @Test
    void failsVoidedScoresAndPassesWithoutARuleHaveNoEnd() {
        LocalDate today = LocalDate.of(2023, 1, 1);
        assertThat(ScoreValidity.of(result("1", PASSED, false, false, 4), today).state()).isEqualTo(ScoreValidity.State.FAILED);
        ScoreValidity.Entry voided = ScoreValidity.of(result("1", PASSED, true, true, 4), today);
        assertThat(voided.state()).isEqualTo(ScoreValidity.State.VOID);
        assertThat(voided.validUntil()).isNull();
        assertThat(ScoreValidity.of(result("1", PASSED, true, false, null), today).state())
                .isEqualTo(ScoreValidity.State.NO_LIMIT);
    }

    @Test
    void theTimelineShowsTheNewestSittingFirst() {
        List<ScoreValidity.Entry> timeline = ScoreValidity.timeline(List.of(
                result("2", PASSED, true, false, 4), result("1", PASSED.plusYears(1), true, false, 4),
                result("1", PASSED, false, false, 4)), PASSED.plusYears(1));
        assertThat(timeline).extracting(e -> e.result().examDate() + "/" + e.result().subjectCode())
                .containsExactly(PASSED.plusYears(1) + "/1", PASSED + "/1", PASSED + "/2");
    }
}
