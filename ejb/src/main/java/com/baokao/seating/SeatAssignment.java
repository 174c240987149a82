package com.baokao.seating;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link SeatPlan#assign}: every seat (those given before and those added now), the seats added now,
 * and the (candidate, subject) pairs that could not be seated. Seats are ordered by site id, time block, room id and
 * seat number; unseated pairs in the order they were considered: site id, serial number (then application id), and
 * the candidate's subjects by main sitting.
 */
public record SeatAssignment(List<Seat> seats, List<Seat> added, List<Unseated> unseated) {

    public SeatAssignment {
        seats = List.copyOf(seats);
        added = List.copyOf(added);
        unseated = List.copyOf(unseated);
    }

    /** The seat of one candidate for one subject, if any (a linear search: for tests and small results). */
    public Optional<Seat> seatOf(long applicationId, long subjectId) {
        return seats.stream().filter(s -> s.applicationId() == applicationId && s.subjectId() == subjectId).findFirst();
    }
}
