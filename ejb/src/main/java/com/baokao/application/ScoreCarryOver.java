package com.baokao.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Which subjects a candidate need not sit again. A pass counts while the subject's sitting in this session is
 * before the pass date plus the validity in years (end exclusive, like every window here): with 4 years,
 * a pass on 2022-10-29 covers a sitting on 2026-10-28 but not one on 2026-10-29. No validity, no carry-over.
 */
public final class ScoreCarryOver {

    /** An earlier result as the rule needs it; {@code counts} is false for fails and voided scores. */
    public record EarlierResult(String subjectCode, LocalDate examDate, boolean counts) {
    }

    private ScoreCarryOver() {
    }

    /** The latest valid pass of this subject, if it still covers the sitting. */
    public static Optional<LocalDate> validPass(String subjectCode, LocalDate sittingDate, Integer validityYears,
                                                Collection<EarlierResult> earlier) {
        if (validityYears == null) {
            return Optional.empty();
        }
        return earlier.stream()
                .filter(r -> r.counts() && r.subjectCode().equals(subjectCode))
                .map(EarlierResult::examDate)
                .filter(passed -> passed.isBefore(sittingDate) && !sittingDate.isAfter(lastCoveredDay(passed, validityYears)))
                .max(LocalDate::compareTo);
    }

    /** The last sitting day a pass on {@code passedOn} still covers: "valid until", as the candidate is shown it. */
    public static LocalDate lastCoveredDay(LocalDate passedOn, int validityYears) {
        return passedOn.plusYears(validityYears).minusDays(1);
    }

    /** Not first time as soon as there is any earlier result, passed or not, for this occupation and level. */
    public static CandidateType candidateType(Collection<EarlierResult> earlier) {
        return earlier.isEmpty() ? CandidateType.FIRST_TIME : CandidateType.REPEAT;
    }
}
