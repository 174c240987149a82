package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExamCalendarTest {

    private static Instant shanghai(int month, int day, int hour) {
        return Window.shanghaiInstant(LocalDateTime.of(2026, month, day, hour, 0));
    }

    private static final Instant REGISTRATION_OPENS = shanghai(3, 1, 9);
    private static final Instant REGISTRATION_CLOSES = shanghai(3, 15, 17);
    private static final Instant RESUBMISSION = shanghai(3, 20, 17);
    private static final Instant CONFIRMATION = shanghai(3, 25, 17);
    private static final Instant PAYMENT = shanghai(3, 31, 17);
    private static final Instant TICKETS_OPEN = shanghai(5, 10, 9);
    private static final Instant TICKETS_CLOSE = shanghai(5, 17, 9);
    private static final Instant SCORES = shanghai(6, 20, 9);

    /** Mutable set of the six dates, starting from the valid calendar; each test changes what it needs. */
    private static final class Dates {
        Window registration = new Window(REGISTRATION_OPENS, REGISTRATION_CLOSES);
        Instant resubmission = RESUBMISSION;
        Instant confirmation = CONFIRMATION;
        Instant payment = PAYMENT;
        Window tickets = new Window(TICKETS_OPEN, TICKETS_CLOSE);
        Instant scores = SCORES;

        ExamCalendar build() {
            return new ExamCalendar(registration, resubmission, confirmation, payment, tickets, scores);
        }
    }

    private static ExamCalendar valid() {
        return new Dates().build();
    }

    private static void assertRefused(Dates dates, String key, String field) {
        assertThatThrownBy(dates::build)
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).isEqualTo(field);
                });
    }

    private final ExamCalendar calendar = valid();

    @Test
    void theSeedDatesAreTheExpectedUtcInstants() {
        assertThat(REGISTRATION_OPENS).isEqualTo(Instant.parse("2026-03-01T01:00:00Z"));
        assertThat(REGISTRATION_CLOSES).isEqualTo(Instant.parse("2026-03-15T09:00:00Z"));
        assertThat(RESUBMISSION).isEqualTo(Instant.parse("2026-03-20T09:00:00Z"));
        assertThat(CONFIRMATION).isEqualTo(Instant.parse("2026-03-25T09:00:00Z"));
        assertThat(PAYMENT).isEqualTo(Instant.parse("2026-03-31T09:00:00Z"));
        assertThat(TICKETS_OPEN).isEqualTo(Instant.parse("2026-05-10T01:00:00Z"));
        assertThat(TICKETS_CLOSE).isEqualTo(Instant.parse("2026-05-17T01:00:00Z"));
        assertThat(SCORES).isEqualTo(Instant.parse("2026-06-20T01:00:00Z"));
    }

    @Test
    void aValidCalendarIsAccepted() {
        assertThat(calendar.registration()).isEqualTo(Window.shanghai(
                LocalDateTime.of(2026, 3, 1, 9, 0), LocalDateTime.of(2026, 3, 15, 17, 0)));
        assertThat(calendar.resubmissionDeadline()).isEqualTo(RESUBMISSION);
        assertThat(calendar.confirmationDeadline()).isEqualTo(CONFIRMATION);
        assertThat(calendar.paymentDeadline()).isEqualTo(PAYMENT);
        assertThat(calendar.ticketPrinting().opensAt()).isEqualTo(TICKETS_OPEN);
        assertThat(calendar.ticketPrinting().closesAt()).isEqualTo(TICKETS_CLOSE);
        assertThat(calendar.scoresReleasedAt()).isEqualTo(SCORES);
    }

    // ---- each *At(now) query before, at and after its boundary (on the valid calendar) ----

    @Test
    void registrationOpenAtAroundItsBoundary() {
        assertThat(calendar.registrationOpenAt(REGISTRATION_OPENS.minusNanos(1))).isFalse();
        assertThat(calendar.registrationOpenAt(REGISTRATION_OPENS)).isTrue();
        assertThat(calendar.registrationOpenAt(REGISTRATION_CLOSES.minusNanos(1))).isTrue();
        assertThat(calendar.registrationOpenAt(REGISTRATION_CLOSES)).isFalse();
        assertThat(calendar.registrationOpenAt(REGISTRATION_CLOSES.plusNanos(1))).isFalse();
    }

    @Test
    void resubmissionAllowedAtAroundItsBoundary() {
        assertThat(calendar.resubmissionAllowedAt(RESUBMISSION.minusNanos(1))).isTrue();
        assertThat(calendar.resubmissionAllowedAt(RESUBMISSION)).isFalse();
        assertThat(calendar.resubmissionAllowedAt(RESUBMISSION.plusNanos(1))).isFalse();
    }

    @Test
    void confirmationAllowedAtAroundItsBoundary() {
        assertThat(calendar.confirmationAllowedAt(CONFIRMATION.minusNanos(1))).isTrue();
        assertThat(calendar.confirmationAllowedAt(CONFIRMATION)).isFalse();
        assertThat(calendar.confirmationAllowedAt(CONFIRMATION.plusNanos(1))).isFalse();
    }

    @Test
    void paymentAllowedAtAroundItsBoundary() {
        assertThat(calendar.paymentAllowedAt(PAYMENT.minusNanos(1))).isTrue();
        assertThat(calendar.paymentAllowedAt(PAYMENT)).isFalse();
        assertThat(calendar.paymentAllowedAt(PAYMENT.plusNanos(1))).isFalse();
    }

    @Test
    void ticketPrintingOpenAtAroundItsBoundary() {
        assertThat(calendar.ticketPrintingOpenAt(TICKETS_OPEN.minusNanos(1))).isFalse();
        assertThat(calendar.ticketPrintingOpenAt(TICKETS_OPEN)).isTrue();
        assertThat(calendar.ticketPrintingOpenAt(TICKETS_CLOSE.minusNanos(1))).isTrue();
        assertThat(calendar.ticketPrintingOpenAt(TICKETS_CLOSE)).isFalse();
        assertThat(calendar.ticketPrintingOpenAt(TICKETS_CLOSE.plusNanos(1))).isFalse();
    }

    @Test
    void scoresReleasedAtAroundItsBoundary() {
        assertThat(calendar.scoresReleasedAt(SCORES.minusNanos(1))).isFalse();
        assertThat(calendar.scoresReleasedAt(SCORES)).isTrue();
        assertThat(calendar.scoresReleasedAt(SCORES.plusNanos(1))).isTrue();
    }


    // ---- ordering refusals ----

    @ParameterizedTest(name = "{0} missing")
    @ValueSource(strings = {"registration", "resubmission", "confirmation", "payment", "tickets", "scores"})
    void anyMissingDateIsIncomplete(String missing) {
        Dates dates = new Dates();
        switch (missing) {
            case "registration" -> dates.registration = null;
            case "resubmission" -> dates.resubmission = null;
            case "confirmation" -> dates.confirmation = null;
            case "payment" -> dates.payment = null;
            case "tickets" -> dates.tickets = null;
            case "scores" -> dates.scores = null;
            default -> throw new IllegalArgumentException(missing);
        }
        assertRefused(dates, "calendar.incomplete", "calendar");
    }

    @Test
    void allMissingIsIncomplete() {
        assertThatThrownBy(() -> new ExamCalendar(null, null, null, null, null, null))
                .isInstanceOfSatisfying(BaokaoException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("calendar.incomplete");
                    assertThat(e.getField()).isEqualTo("calendar");
                });
    }

    @Test
    void confirmationBeforeRegistrationEnds() {
        Dates dates = new Dates();
        dates.resubmission = REGISTRATION_OPENS;
        dates.confirmation = REGISTRATION_CLOSES.minusNanos(1);
        assertRefused(dates, "calendar.confirmation.before.registration.end", "confirmationDeadline");
    }

    @Test
    void resubmissionBeforeRegistrationOpens() {
        Dates dates = new Dates();
        dates.resubmission = REGISTRATION_OPENS.minusNanos(1);
        assertRefused(dates, "calendar.resubmission.outside", "resubmissionDeadline");
    }

    @Test
    void resubmissionAfterConfirmationDeadline() {
        Dates dates = new Dates();
        dates.resubmission = CONFIRMATION.plusNanos(1);
        assertRefused(dates, "calendar.resubmission.outside", "resubmissionDeadline");
    }

    @Test
    void paymentBeforeConfirmation() {
        Dates dates = new Dates();
        dates.payment = CONFIRMATION.minusNanos(1);
        assertRefused(dates, "calendar.payment.before.confirmation", "paymentDeadline");
    }

    @Test
    void ticketPrintingBeforePayment() {
        Dates dates = new Dates();
        dates.tickets = new Window(PAYMENT.minusNanos(1), TICKETS_CLOSE);
        assertRefused(dates, "calendar.tickets.before.payment", "ticketPrinting");
    }

    @Test
    void scoresBeforeTicketPrinting() {
        Dates dates = new Dates();
        dates.scores = TICKETS_OPEN.minusNanos(1);
        assertRefused(dates, "calendar.scores.before.tickets", "scoresReleasedAt");
    }


    // ---- equal instants on a boundary are accepted ----

    @Test
    void confirmationEqualToRegistrationClose() {
        Dates dates = new Dates();
        dates.resubmission = REGISTRATION_CLOSES;
        dates.confirmation = REGISTRATION_CLOSES;
        assertThatCode(dates::build).doesNotThrowAnyException();
    }

    @Test
    void resubmissionEqualToConfirmation() {
        Dates dates = new Dates();
        dates.resubmission = CONFIRMATION;
        assertThatCode(dates::build).doesNotThrowAnyException();
    }

    @Test
    void resubmissionEqualToRegistrationOpening() {
        Dates dates = new Dates();
        dates.resubmission = REGISTRATION_OPENS;
        assertThatCode(dates::build).doesNotThrowAnyException();
    }

    @Test
    void paymentEqualToConfirmation() {
        Dates dates = new Dates();
        dates.payment = CONFIRMATION;
        assertThatCode(dates::build).doesNotThrowAnyException();
    }

    @Test
    void ticketPrintingOpensAtThePaymentDeadline() {
        Dates dates = new Dates();
        dates.tickets = new Window(PAYMENT, TICKETS_CLOSE);
        assertThatCode(dates::build).doesNotThrowAnyException();
    }

    @Test
    void scoresReleasedWhenTicketPrintingOpens() {
        Dates dates = new Dates();
        dates.scores = TICKETS_OPEN;
        assertThatCode(dates::build).doesNotThrowAnyException();
    }

    @Test
    void allBoundariesEqualAtOnce() {
        Dates dates = new Dates();
        dates.resubmission = REGISTRATION_CLOSES;
        dates.confirmation = REGISTRATION_CLOSES;
        dates.payment = REGISTRATION_CLOSES;
        dates.tickets = new Window(REGISTRATION_CLOSES, TICKETS_CLOSE);
        dates.scores = REGISTRATION_CLOSES;

        ExamCalendar equalBoundaries = dates.build();

        assertThat(equalBoundaries.confirmationDeadline()).isEqualTo(REGISTRATION_CLOSES);
        assertThat(equalBoundaries.scoresReleasedAt(REGISTRATION_CLOSES)).isTrue();
        assertThat(equalBoundaries.registrationOpenAt(REGISTRATION_CLOSES)).isFalse();
        assertThat(equalBoundaries.ticketPrintingOpenAt(REGISTRATION_CLOSES)).isTrue();
    }
}
