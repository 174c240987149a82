package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SittingsTest {

    private static Instant shanghai(int month, int day, int hour, int minute) {
        return Window.shanghaiInstant(LocalDateTime.of(2026, month, day, hour, minute));
    }

    private static final ExamCalendar CALENDAR = new ExamCalendar(new Window(shanghai(3, 1, 9, 0), shanghai(3, 15, 17, 0)),
            shanghai(3, 20, 17, 0), shanghai(3, 25, 17, 0), shanghai(3, 31, 17, 0),
            new Window(shanghai(5, 10, 9, 0), shanghai(5, 17, 9, 0)), shanghai(6, 20, 9, 0));

    /** The subject's own sitting: 16 May 09:00, 120 minutes. */
    private static final Instant MAIN = shanghai(5, 16, 9, 0);

    private static void assertRefused(List<Instant> starts, Instant at, String key, Object... args) {
        assertThatThrownBy(() -> Sittings.next(starts, 120, at, CALENDAR))
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).isEqualTo("sittingStartsAt");
                    assertThat(e.getMessageArgs()).containsExactly(args);
                });
    }

    @Test
    void theNextSittingIsNumberedAfterTheLastAndMayStartTheMomentItEnds() {
        assertThat(Sittings.next(List.of(MAIN), 120, shanghai(5, 16, 11, 0), CALENDAR)).isEqualTo(2);
        assertThat(Sittings.next(List.of(MAIN, shanghai(5, 16, 14, 0)), 120, shanghai(5, 17, 9, 0), CALENDAR)).isEqualTo(3);
    }

    @Test
    void aSittingThatWouldOverlapOrComeBeforeTheLastIsRefused() {
        assertRefused(List.of(MAIN), shanghai(5, 16, 10, 59), "sitting.before.previous.end", 1, "2026-05-16 11:00");
        assertRefused(List.of(MAIN, shanghai(5, 16, 14, 0)), shanghai(5, 16, 12, 0), "sitting.before.previous.end", 2,
                "2026-05-16 16:00");
        // earlier than the main sitting, even if after the payment deadline
        assertRefused(List.of(MAIN), shanghai(4, 20, 9, 0), "sitting.before.previous.end", 1, "2026-05-16 11:00");
    }

    @Test
    void aSittingStartsAfterThePaymentDeadlineAndEndsBeforeTheScoresAreReleased() {
        Instant early = shanghai(3, 1, 9, 0);
        // a subject whose own time is (oddly) before the payment deadline still cannot get a sitting before it
        assertRefused(List.of(early), shanghai(3, 31, 17, 0), "sitting.before.payment.deadline", "2026-03-31 17:00");
        assertThat(Sittings.next(List.of(early), 120, shanghai(3, 31, 17, 1), CALENDAR)).isEqualTo(2);

        assertRefused(List.of(MAIN), shanghai(6, 20, 7, 1), "sitting.after.scores", "2026-06-20 09:00");
        assertThat(Sittings.next(List.of(MAIN), 120, shanghai(6, 20, 7, 0), CALENDAR)).isEqualTo(2);
    }

    @Test
    void aSubjectHasAtMostNineSittings() {
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            starts.add(MAIN.plusSeconds(3 * 3600L * i));
        }
        Instant ninth = MAIN.plusSeconds(3 * 3600L * 8);
        assertThat(Sittings.next(starts, 120, ninth, CALENDAR)).isEqualTo(9);
        starts.add(ninth);
        assertRefused(starts, ninth.plusSeconds(3 * 3600L), "sitting.too.many", 9);
    }

    @Test
    void aStartTimeIsRequired() {
        assertRefused(List.of(MAIN), null, "sitting.start.required");
    }

    @Test
    void onlyTheLastSittingWithNobodySeatedCanBeRemoved() {
        assertThatCode(() -> Sittings.checkRemovable(3, 3, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Sittings.checkRemovable(2, 3, 0))
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("sitting.not.last");
                    assertThat(e.getMessageArgs()).containsExactly(3);
                });
        assertThatThrownBy(() -> Sittings.checkRemovable(3, 3, 12))
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("sitting.seated");
                    assertThat(e.getMessageArgs()).containsExactly(3, 12L);
                });
    }
}
