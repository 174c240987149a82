package com.baokao.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of a results report, as one rule: scores fall into 10-point bands (0–9, 10–19, … 90–100: a full
 * mark of 100 counts in the top band of a 100-point paper; a paper marked higher goes on in bands of ten), a pass
 * rate is a percentage with one decimal, an average has two; both round half up, and are absent (null) when
 * nobody has a score.
 */
public final class ResultFigures {

    /** Bands shown at least: 0–9 … 90–100. */
    public static final int BANDS = 10;

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private ResultFigures() {
    }

    /** The band of a score: its tens, except that exactly 100 is in 90–100. Negative scores do not exist; 0. */
    public static int bandOf(BigDecimal score) {
        if (score.signum() <= 0) {
            return 0;
        }
        if (score.compareTo(HUNDRED) == 0) {
            return BANDS - 1;
        }
        return score.divideToIntegralValue(TEN).intValue();
    }

    /** "60–69"; the tenth band "90–100". */
    public static String bandLabel(int band) {
        int low = band * 10;
        return band == BANDS - 1 ? low + "–100" : low + "–" + (low + 9);
    }

    /**
     * The counts per band of scores counted per distinct score (what a GROUP BY on the score gives): at least
     * {@link #BANDS} bands, more if a score is above 100.
     */
    public static List<Long> histogram(Map<BigDecimal, Long> countsByScore) {
        int bands = BANDS;
        for (BigDecimal score : countsByScore.keySet()) {
            bands = Math.max(bands, bandOf(score) + 1);
        }
        long[] counts = new long[bands];
        countsByScore.forEach((score, n) -> counts[bandOf(score)] += n);
        List<Long> list = new ArrayList<>(bands);
        for (long n : counts) {
            list.add(n);
        }
        return list;
    }

    /** {@code passed} of {@code total} in percent, one decimal (2 of 3: 66.7); null for nobody. */
    public static BigDecimal passRate(long passed, long total) {
        if (total <= 0) {
            return null;
        }
        return BigDecimal.valueOf(passed).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** {@code sum / count}, two decimals; null for no scores. */
    public static BigDecimal average(BigDecimal sum, long count) {
        if (count <= 0 || sum == null) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
