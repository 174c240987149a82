package com.baokao.seating;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A subject's sittings in the order they are filled: the first is its main sitting, the others the extra batches
 * the exam defines (seed 002: when computer seats are short, candidates sit in batches). A computer-based subject
 * is seated in computer rooms only.
 */
public record SubjectSittings(long subjectId, boolean computerBased, List<TimeSlot> sittings) {

    public SubjectSittings {
        sittings = List.copyOf(Objects.requireNonNull(sittings, "sittings"));
        if (sittings.isEmpty()) {
            throw new IllegalArgumentException("subject " + subjectId + " has no sitting");
        }
        if (new HashSet<>(sittings).size() != sittings.size()) {
            throw new IllegalArgumentException("subject " + subjectId + " lists a sitting twice");
        }
    }
}
