package com.baokao.score;

import com.baokao.application.ScoreCarryOver;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a candidate's results mean today, subject by subject: a pass stays valid until the last day the carry-over
 * ({@link ScoreCarryOver}, the same rule an application applies) still covers; a fail, a voided score (failed
 * post-exam review) and a pass without a validity rule are shown as such. Pure.
 */
public final class ScoreValidity {

    public enum State { VALID, EXPIRED, FAILED, VOID, NO_LIMIT }

    /** One result as the rule needs it ({@code validityYears}: the session's rule, null when there is none). */
    public record Result(String subjectCode, String subjectName, LocalDate examDate, BigDecimal score,
                         BigDecimal passMark, boolean passed, boolean voided, String voidReason, Integer validityYears)
            implements Serializable {
    }

    /** A result on the timeline: its state today and, for a pass with a validity rule, its last valid day. */
    public record Entry(Result result, State state, LocalDate validUntil) implements Serializable {
    }

    private ScoreValidity() {
    }

    public static Entry of(Result result, LocalDate today) {
        if (result.voided()) {
            return new Entry(result, State.VOID, null);
        }
        if (!result.passed()) {
            return new Entry(result, State.FAILED, null);
        }
        if (result.validityYears() == null) {
            return new Entry(result, State.NO_LIMIT, null);
        }
        LocalDate until = ScoreCarryOver.lastCoveredDay(result.examDate(), result.validityYears());
        return new Entry(result, today.isAfter(until) ? State.EXPIRED : State.VALID, until);
    }

    /** The timeline: newest sitting first, subjects in code order within a sitting. */
    public static List<Entry> timeline(List<Result> results, LocalDate today) {
        return results.stream()
                .sorted(Comparator.comparing(Result::examDate).reversed().thenComparing(Result::subjectCode))
                .map(r -> of(r, today)).toList();
    }
}
