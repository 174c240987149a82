package com.baokao.seating;

import java.time.Instant;
import java.util.Objects;

/**
 * When a sitting takes place: its start and length. Like every window in Baokao it includes its start and excludes
 * its end, so two sittings that meet end to end do not overlap.
 */
public record TimeSlot(Instant startsAt, int durationMinutes) implements Comparable<TimeSlot> {

    public TimeSlot {
        Objects.requireNonNull(startsAt, "startsAt");
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("a sitting lasts at least a minute: " + durationMinutes);
        }
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public boolean overlaps(TimeSlot other) {
        return startsAt.isBefore(other.endsAt()) && other.startsAt.isBefore(endsAt());
    }

    /** Earlier start first, then the shorter one. */
    @Override
    public int compareTo(TimeSlot o) {
        int c = startsAt.compareTo(o.startsAt);
        return c != 0 ? c : Integer.compare(durationMinutes, o.durationMinutes);
    }
}
