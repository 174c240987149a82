package com.baokao.batch;

import jakarta.batch.runtime.context.JobContext;

/** The run (a reconciliation or a score import) a job execution works on: job property {@code runId}, from the job parameter. */
public final class RunOfJob {

    private RunOfJob() {
    }

    public static long of(JobContext job) {
        String id = job.getProperties().getProperty("runId");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("job parameter runId is missing");
        }
        return Long.parseLong(id.strip());
    }
}
