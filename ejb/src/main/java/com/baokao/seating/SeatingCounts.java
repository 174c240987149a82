package com.baokao.seating;

import java.io.Serializable;

/** What job {@code admission-tickets} leaves for a session: tickets, seats, pairs not seated, sign-in sheets. */
public record SeatingCounts(long tickets, long seats, long unseated, long sheets) implements Serializable {

    /** The job's exit status: short, readable on the jobs page and in {@code asadmin list-batch-job-executions}. */
    public String summary() {
        return "tickets=" + tickets + " seats=" + seats + " unseated=" + unseated + " sheets=" + sheets;
    }
}
