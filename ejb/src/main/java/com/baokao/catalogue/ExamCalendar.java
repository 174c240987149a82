package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;

import java.io.Serializable;
import java.time.Instant;

/**
 * Every date an exam session enforces, in the order the seeds give them: registration, resubmission after
 * a return for correction, confirmation, payment, ticket printing, score release. The order is checked
 * when an administrator saves, so a later rule can rely on it.
 */
public record ExamCalendar(Window registration, Instant resubmissionDeadline, Instant confirmationDeadline,
                           Instant paymentDeadline, Window ticketPrinting, Instant scoresReleasedAt)
        implements Serializable {

    public ExamCalendar {
        if (registration == null || resubmissionDeadline == null || confirmationDeadline == null
                || paymentDeadline == null || ticketPrinting == null || scoresReleasedAt == null) {
            throw BaokaoException.at("calendar", "calendar.incomplete");
        }
        if (confirmationDeadline.isBefore(registration.closesAt())) {
            throw BaokaoException.at("confirmationDeadline", "calendar.confirmation.before.registration.end");
        }
        if (resubmissionDeadline.isBefore(registration.opensAt()) || resubmissionDeadline.isAfter(confirmationDeadline)) {
            throw BaokaoException.at("resubmissionDeadline", "calendar.resubmission.outside");
        }
        if (paymentDeadline.isBefore(confirmationDeadline)) {
            throw BaokaoException.at("paymentDeadline", "calendar.payment.before.confirmation");
        }
        if (ticketPrinting.opensAt().isBefore(paymentDeadline)) {
            throw BaokaoException.at("ticketPrinting", "calendar.tickets.before.payment");
        }
        if (scoresReleasedAt.isBefore(ticketPrinting.opensAt())) {
            throw BaokaoException.at("scoresReleasedAt", "calendar.scores.before.tickets");
        }
    }

    public boolean registrationOpenAt(Instant now) {
        return registration.isOpenAt(now);
    }

    public boolean resubmissionAllowedAt(Instant now) {
        return Window.beforeDeadline(resubmissionDeadline, now);
    }

    public boolean confirmationAllowedAt(Instant now) {
        return Window.beforeDeadline(confirmationDeadline, now);
    }

    public boolean paymentAllowedAt(Instant now) {
        return Window.beforeDeadline(paymentDeadline, now);
    }

    public boolean ticketPrintingOpenAt(Instant now) {
        return ticketPrinting.isOpenAt(now);
    }

    public boolean scoresReleasedAt(Instant now) {
        return !now.isBefore(scoresReleasedAt);
    }
}
