package com.baokao.seating;

import java.util.Objects;

/**
 * One candidate's seat for one subject: site, room, seat number (1..capacity), which sitting of the subject (0 is
 * the main sitting, 1.. the extra batches, in {@link SubjectSittings#sittings()} order) and its time.
 */
public record Seat(long applicationId, long subjectId, long siteId, long roomId, int seatNumber, int sitting, TimeSlot slot) {

    public Seat {
        Objects.requireNonNull(slot, "slot");
        if (seatNumber < 1) {
            throw new IllegalArgumentException("seat numbers start at 1: " + seatNumber);
        }
        if (sitting < 0) {
            throw new IllegalArgumentException("sittings count from 0: " + sitting);
        }
    }
}
