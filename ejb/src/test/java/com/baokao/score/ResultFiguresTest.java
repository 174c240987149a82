package com.baokao.score;

import com.baokao.application.PostExamReview;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFiguresTest {

    @Test
    void aScoreFallsIntoItsTensAndAFullHundredIntoTheTopBand() {
        assertThat(ResultFigures.bandOf(new BigDecimal("0"))).isZero();
        assertThat(ResultFigures.bandOf(new BigDecimal("9.99"))).isZero();
        assertThat(ResultFigures.bandOf(new BigDecimal("10"))).isEqualTo(1);
        assertThat(ResultFigures.bandOf(new BigDecimal("59.5"))).isEqualTo(5);
        assertThat(ResultFigures.bandOf(new BigDecimal("60.00"))).isEqualTo(6);
        assertThat(ResultFigures.bandOf(new BigDecimal("99.99"))).isEqualTo(9);
        assertThat(ResultFigures.bandOf(new BigDecimal("100.00"))).isEqualTo(9);
        assertThat(ResultFigures.bandOf(new BigDecimal("100.5"))).isEqualTo(10);
        assertThat(ResultFigures.bandOf(new BigDecimal("135"))).isEqualTo(13);
        assertThat(ResultFigures.bandLabel(0)).isEqualTo("0–9");
        assertThat(ResultFigures.bandLabel(6)).isEqualTo("60–69");
        assertThat(ResultFigures.bandLabel(9)).isEqualTo("90–100");
        assertThat(ResultFigures.bandLabel(12)).isEqualTo("120–129");
    }

    @Test
    void theHistogramAddsDistinctScoresIntoTenBandsOrMoreForHigherMarks() {
        Map<BigDecimal, Long> counts = new LinkedHashMap<>();
        counts.put(new BigDecimal("55"), 2L);
        counts.put(new BigDecimal("59.5"), 1L);
        counts.put(new BigDecimal("95"), 1L);
        counts.put(new BigDecimal("100"), 3L);
        assertThat(ResultFigures.histogram(counts)).containsExactly(0L, 0L, 0L, 0L, 0L, 3L, 0L, 0L, 0L, 4L);
        assertThat(ResultFigures.histogram(Map.of())).hasSize(10).containsOnly(0L);
        assertThat(ResultFigures.histogram(Map.of(new BigDecimal("142"), 1L))).hasSize(15).endsWith(1L);
    }

    @Test
    void passRatesHaveOneDecimalAndAveragesTwoRoundedHalfUp() {
        assertThat(ResultFigures.passRate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(ResultFigures.passRate(1, 3)).isEqualByComparingTo("33.3");
        assertThat(ResultFigures.passRate(1, 8)).isEqualByComparingTo("12.5");
        assertThat(ResultFigures.passRate(1, 16).toPlainString()).isEqualTo("6.3");
        assertThat(ResultFigures.passRate(3, 3).toPlainString()).isEqualTo("100.0");
        assertThat(ResultFigures.passRate(0, 0)).isNull();
        assertThat(ResultFigures.average(new BigDecimal("220.00"), 3).toPlainString()).isEqualTo("73.33");
        assertThat(ResultFigures.average(new BigDecimal("0.01"), 2).toPlainString()).isEqualTo("0.01");
        assertThat(ResultFigures.average(null, 0)).isNull();
    }

    @Test
    void theQualificationFormIsDueOnlyForAPendingReviewAfterReleasedAllPassedScores() {
        assertThat(PostExamForms.due(true, PostExamReview.PENDING, true, List.of(true, true))).isTrue();
        assertThat(PostExamForms.due(false, PostExamReview.PENDING, true, List.of(true))).as("pre-exam review").isFalse();
        assertThat(PostExamForms.due(true, null, true, List.of(true))).as("no post-exam review").isFalse();
        assertThat(PostExamForms.due(true, PostExamReview.PASSED, true, List.of(true))).as("decided").isFalse();
        assertThat(PostExamForms.due(true, PostExamReview.FAILED, true, List.of(true))).as("decided").isFalse();
        assertThat(PostExamForms.due(true, PostExamReview.PENDING, false, List.of(true))).as("not released").isFalse();
        assertThat(PostExamForms.due(true, PostExamReview.PENDING, true, List.of())).as("no scores").isFalse();
        assertThat(PostExamForms.due(true, PostExamReview.PENDING, true, List.of(true, false))).as("a fail").isFalse();
    }
}
