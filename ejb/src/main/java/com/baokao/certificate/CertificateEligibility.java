package com.baokao.certificate;

import com.baokao.application.PostExamReview;
import java.util.List;

/**
 * The one rule for "may receive a certificate": the session's scores are released; the application sat at least one
 * subject and every subject it did not carry over has a score, all passed, none void; and where the exam reviews
 * after the exam (考后复核) that review has passed. The first reason that fails is the answer.
 */
public final class CertificateEligibility {

    /** The answer, with its message key. */
    public enum Verdict {
        ELIGIBLE,
        NOT_RELEASED,
        NOTHING_SAT,
        SCORE_MISSING,
        VOIDED,
        NOT_PASSED,
        REVIEW_PENDING,
        REVIEW_FAILED;

        public boolean eligible() {
            return this == ELIGIBLE;
        }

        public String messageKey() {
            return "certificate.verdict." + name();
        }
    }

    /** One subject of the application and its score (null fields: no score). */
    public record Subject(String code, boolean carriedOver, Boolean passed, Boolean voided) {

        public static Subject sat(String code, boolean passed, boolean voided) {
            return new Subject(code, false, passed, voided);
        }

        public static Subject unscored(String code) {
            return new Subject(code, false, null, null);
        }

        public static Subject carriedOver(String code) {
            return new Subject(code, true, null, null);
        }
    }

    private CertificateEligibility() {
    }

    public static Verdict of(boolean released, List<Subject> subjects, boolean reviewAfterExam, PostExamReview review) {
        if (!released) {
            return Verdict.NOT_RELEASED;
        }
        List<Subject> sat = subjects.stream().filter(s -> !s.carriedOver()).toList();
        if (sat.isEmpty()) {
            return Verdict.NOTHING_SAT;
        }
        if (sat.stream().anyMatch(s -> s.passed() == null)) {
            return Verdict.SCORE_MISSING;
        }
        if (sat.stream().anyMatch(s -> Boolean.TRUE.equals(s.voided()))) {
            return Verdict.VOIDED;
        }
        if (sat.stream().anyMatch(s -> !s.passed())) {
            return Verdict.NOT_PASSED;
        }
        if (reviewAfterExam) {
            if (review == PostExamReview.FAILED) {
                return Verdict.REVIEW_FAILED;
            }
            if (review != PostExamReview.PASSED) {
                return Verdict.REVIEW_PENDING;
            }
        }
        return Verdict.ELIGIBLE;
    }
}
