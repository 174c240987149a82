package com.baokao.seating;

import java.util.List;
import java.util.Objects;

/**
 * An application eligible to sit: its registration serial number (which orders candidates when seats are short), the
 * exam site it sits at (chosen by the candidate, or its registration point) and the subjects it takes (carried-over
 * subjects left out).
 */
public record SeatingCandidate(long applicationId, long serialNumber, long siteId, List<Long> subjectIds) {

    public SeatingCandidate {
        subjectIds = List.copyOf(Objects.requireNonNull(subjectIds, "subjectIds"));
    }
}
