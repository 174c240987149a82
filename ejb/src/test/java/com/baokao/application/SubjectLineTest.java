package com.baokao.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Which subject lines carry a fee: the page's fee column and the total read the same rule. */
class SubjectLineTest {

    private static ApplicationView.SubjectLine line(LocalDate passedOn, boolean cancelled) {
        return new ApplicationView.SubjectLine("1", "安全生产法律法规", LocalDateTime.of(2027, 3, 6, 9, 0), 150, 6500,
                passedOn, cancelled);
    }

    @Test
    void aSubjectTakenNowIsCharged() {
        assertThat(line(null, false).charged()).isTrue();
    }

    @Test
    void aSubjectCarriedOverFromAnEarlierPassIsNotCharged() {
        assertThat(line(LocalDate.of(2024, 10, 27), false).charged()).isFalse();
    }

    @Test
    void aCancelledSubjectIsNotCharged() {
        assertThat(line(null, true).charged()).isFalse();
    }
}
