package com.baokao.seating;

import com.baokao.catalogue.Window;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The admission ticket can be printed inside its window only; outside it the candidate reads the window's dates. */
class TicketWindowTest {

    private static final Window WINDOW = Window.shanghai(LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 8, 17, 0));

    @Test
    void beforeTheWindowTheCandidateIsToldWhenItOpensAndCloses() {
        BaokaoException refusal = AdmissionTickets.outsideWindow(WINDOW, WINDOW.opensAt().minusSeconds(1)).orElseThrow();
        assertThat(refusal.getMessageKey()).isEqualTo("ticket.window.notOpen");
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, refusal))
                .isEqualTo("准考证打印时间为 2026-12-01 09:00 至 2026-12-08 17:00，现在还没有开始，请到时再来打印。");
        assertThat(UserMessages.format(Locale.ENGLISH, refusal)).contains("from 2026-12-01 09:00 to 2026-12-08 17:00")
                .contains("has not opened yet");
    }

    @Test
    void insideTheWindowFromItsFirstInstantToItsLastTheTicketPrints() {
        assertThat(AdmissionTickets.outsideWindow(WINDOW, WINDOW.opensAt())).isEmpty();
        assertThat(AdmissionTickets.outsideWindow(WINDOW, WINDOW.closesAt().minusSeconds(1))).isEmpty();
    }

    @Test
    void afterTheWindowTheCandidateIsToldItHasClosed() {
        BaokaoException refusal = AdmissionTickets.outsideWindow(WINDOW, WINDOW.closesAt().plusSeconds(60)).orElseThrow();
        assertThat(refusal.getMessageKey()).isEqualTo("ticket.window.closed");
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, refusal)).contains("已经结束").contains("2026-12-08 17:00");
        assertThat(AdmissionTickets.outsideWindow(WINDOW, Instant.parse("2027-01-01T00:00:00Z"))).isPresent();
    }
}
