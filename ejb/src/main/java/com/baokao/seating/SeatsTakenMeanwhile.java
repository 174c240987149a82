package com.baokao.seating;

import jakarta.ejb.ApplicationException;

/**
 * A chunk of seats met seats another exam session's run stored at the same site since this run planned: nothing of
 * the chunk is stored. Job {@code admission-tickets} retries the chunk after a rollback, which opens the site's
 * reader again and so plans the site anew, around those seats.
 */
@ApplicationException(rollback = true)
public class SeatsTakenMeanwhile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SeatsTakenMeanwhile(String message) {
        super(message);
    }
}
