package com.baokao.certificate;

import com.baokao.application.PostExamReview;
import com.baokao.certificate.CertificateEligibility.Subject;
import com.baokao.certificate.CertificateEligibility.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateEligibilityTest {

    private static final List<Subject> PASSED = List.of(Subject.sat("T", true, false), Subject.sat("S", true, false));

    @Test
    void everySubjectSatPassedAndReleasedIsEligible() {
        assertThat(CertificateEligibility.of(true, PASSED, false, null)).isEqualTo(Verdict.ELIGIBLE);
        assertThat(CertificateEligibility.of(true, PASSED, false, PostExamReview.PENDING)).isEqualTo(Verdict.ELIGIBLE);
        assertThat(Verdict.ELIGIBLE.eligible()).isTrue();
    }

    @Test
    void scoresNotReleasedComeFirst() {
        assertThat(CertificateEligibility.of(false, PASSED, false, null)).isEqualTo(Verdict.NOT_RELEASED);
    }

    @Test
    void aCarriedOverSubjectNeedsNoScoreButSomethingMustBeSat() {
        assertThat(CertificateEligibility.of(true, List.of(Subject.carriedOver("T"), Subject.sat("S", true, false)),
                false, null)).isEqualTo(Verdict.ELIGIBLE);
        assertThat(CertificateEligibility.of(true, List.of(Subject.carriedOver("T")), false, null))
                .isEqualTo(Verdict.NOTHING_SAT);
        assertThat(CertificateEligibility.of(true, List.of(), false, null)).isEqualTo(Verdict.NOTHING_SAT);
    }

    @Test
    void aMissingFailedOrVoidScoreRefuses() {
        assertThat(CertificateEligibility.of(true, List.of(Subject.sat("T", true, false), Subject.unscored("S")),
                false, null)).isEqualTo(Verdict.SCORE_MISSING);
        assertThat(CertificateEligibility.of(true, List.of(Subject.sat("T", true, false), Subject.sat("S", false, false)),
                false, null)).isEqualTo(Verdict.NOT_PASSED);
        assertThat(CertificateEligibility.of(true, List.of(Subject.sat("T", true, true), Subject.sat("S", true, false)),
                false, null)).isEqualTo(Verdict.VOIDED);
        assertThat(Verdict.VOIDED.messageKey()).isEqualTo("certificate.verdict.VOIDED");
    }

    @Test
    void whereTheRouteReviewsAfterTheExamTheReviewMustHavePassed() {
        assertThat(CertificateEligibility.of(true, PASSED, true, PostExamReview.PASSED)).isEqualTo(Verdict.ELIGIBLE);
        assertThat(CertificateEligibility.of(true, PASSED, true, PostExamReview.PENDING)).isEqualTo(Verdict.REVIEW_PENDING);
        assertThat(CertificateEligibility.of(true, PASSED, true, null)).isEqualTo(Verdict.REVIEW_PENDING);
        assertThat(CertificateEligibility.of(true, PASSED, true, PostExamReview.FAILED)).isEqualTo(Verdict.REVIEW_FAILED);
    }
}
