package com.baokao.seating;

/** A (candidate, subject) that could not be seated, listed for an administrator with the reason. */
public record Unseated(long applicationId, long serialNumber, long subjectId, long siteId, Reason reason) {

    public enum Reason {
        /** The site has no room the subject can use (none at all, or no computer room for a computer-based subject). */
        NO_ROOM_AT_SITE,
        /** Every sitting of the subject that the candidate is free for is full at the site. */
        ALL_SITTINGS_FULL,
        /** Every sitting of the subject overlaps another subject the candidate is already seated for. */
        TIME_CLASH
    }
}
