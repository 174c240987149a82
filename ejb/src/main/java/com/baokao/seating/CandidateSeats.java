package com.baokao.seating;

import java.util.List;

/** The seats to add for one candidate: the unit of a chunk of job {@code admission-tickets}, never split. */
public record CandidateSeats(long applicationId, long serialNumber, List<Seat> seats) {

    public CandidateSeats {
        seats = List.copyOf(seats);
    }
}
