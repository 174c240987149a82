package com.baokao.web.admission;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionFilterTest {

    @Test
    void signingInTokensAndPublicReadingAreNeverQueued() {
        for (String open : new String[] {"auth/token", "auth/refresh", "auth/captcha", "auth/sign-out",
                "catalogue/exams", "catalogue/exams/3", "messages", "score-query"}) {
            assertThat(AdmissionFilter.open(open)).as(open).isTrue();
        }
        for (String queued : new String[] {"profile", "profile/photo", "applications", "applications/4/submit",
                "me/scores", "me/inbox", ""}) {
            assertThat(AdmissionFilter.open(queued)).as(queued).isFalse();
        }
    }

    @Test
    void waitersAskAgainSoonEnoughToKeepTheirPlace() {
        assertThat(AdmissionGate.askAgainSeconds(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(AdmissionGate.askAgainSeconds(Duration.ofSeconds(3))).isEqualTo(2);
        assertThat(AdmissionGate.askAgainSeconds(Duration.ofSeconds(12))).isEqualTo(6);
        assertThat(AdmissionGate.askAgainSeconds(Duration.ofHours(1))).isEqualTo(15);
        assertThat(AdmissionGate.ASK_AGAIN_MAX_SECONDS * 3)
                .isLessThanOrEqualTo((int) com.baokao.admission.WaitingRoom.DEFAULT_PLACE_KEPT.toSeconds());
    }

    @Test
    void aHoldIsKeptShortEnoughThatAHeldWaiterKeepsTheirPlace() {
        var settings = AdmissionGate.settings(10, Duration.ofSeconds(300), 16, 3_600_000);
        assertThat(settings.hold()).isEqualTo(Duration.ofSeconds(AdmissionGate.ASK_AGAIN_MAX_SECONDS));
        assertThat(settings.holds()).isTrue();
        var off = AdmissionGate.settings(10, Duration.ofSeconds(300), -3, -5);
        assertThat(off.frontHeld()).isZero();
        assertThat(off.holds()).isFalse();
    }

    @Test
    void thePassIdIsAHashNotTheSessionIdAndTheAddressIsEscaped() {
        String pass = AdmissionFilter.hash("session:ABC");
        assertThat(pass).hasSize(32).matches("[A-Za-z0-9_-]+").doesNotContain("ABC");
        assertThat(WaitingPage.escape("/candidate/home.xhtml?a=\"><script>"))
                .isEqualTo("/candidate/home.xhtml?a=&quot;&gt;&lt;script&gt;");
    }
}
