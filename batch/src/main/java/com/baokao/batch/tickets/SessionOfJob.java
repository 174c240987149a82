package com.baokao.batch.tickets;

import jakarta.batch.runtime.context.JobContext;

/** The exam session a run of {@code admission-tickets} is for: job parameter {@code sessionId}. */
final class SessionOfJob {

    private SessionOfJob() {
    }

    static long of(JobContext job) {
        String value = job.getProperties().getProperty("sessionId");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("job parameter sessionId is missing");
        }
        return Long.parseLong(value.strip());
    }
}
