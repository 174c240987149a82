package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Where a subject's next sitting (批次) may go. Sittings are numbered 1 (the subject's own time), 2, 3 ... in time
 * order without gaps, because the seat job fills them in number order; so a sitting is only ever appended after
 * the end of the last one, and only the last one is ever removed. An extra sitting exists for candidates who have
 * paid and are waiting for a seat: it starts after the payment deadline and ends before the scores are released.
 */
final class Sittings {

    /** Sittings 1 to 9: one digit on the ticket and the sign-in sheet. */
    static final int MAX = 9;

    static final String FIELD = "sittingStartsAt";

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Sittings() {
    }

    /**
     * The number the new sitting gets, or a refusal.
     *
     * @param starts the start of every sitting the subject has, sitting 1 first
     */
    static int next(List<Instant> starts, int durationMinutes, Instant startsAt, ExamCalendar calendar) {
        if (startsAt == null) {
            throw BaokaoException.at(FIELD, "sitting.start.required");
        }
        if (starts.size() >= MAX) {
            throw BaokaoException.at(FIELD, "sitting.too.many", MAX);
        }
        Instant previousEnd = starts.get(starts.size() - 1).plusSeconds(60L * durationMinutes);
        if (startsAt.isBefore(previousEnd)) {
            throw BaokaoException.at(FIELD, "sitting.before.previous.end", starts.size(), shanghai(previousEnd));
        }
        if (!startsAt.isAfter(calendar.paymentDeadline())) {
            throw BaokaoException.at(FIELD, "sitting.before.payment.deadline", shanghai(calendar.paymentDeadline()));
        }
        if (startsAt.plusSeconds(60L * durationMinutes).isAfter(calendar.scoresReleasedAt())) {
            throw BaokaoException.at(FIELD, "sitting.after.scores", shanghai(calendar.scoresReleasedAt()));
        }
        return starts.size() + 1;
    }

    /** Refuses to remove {@code sitting} unless it is the last of {@code count} sittings and nobody is seated in it. */
    static void checkRemovable(int sitting, int count, long seats) {
        if (sitting != count) {
            throw new BaokaoException("sitting.not.last", count);
        }
        if (seats > 0) {
            throw new BaokaoException("sitting.seated", sitting, seats);
        }
    }

    static String shanghai(Instant instant) {
        return WALL_CLOCK.format(instant.atZone(BusinessTime.ZONE));
    }
}
