package com.baokao.batch.reconciliation;

import jakarta.batch.runtime.context.JobContext;

/** The reconciliation run a job execution works on: job property {@code runId}, from the job parameter. */
final class RunOfJob {

    private RunOfJob() {
    }

    static long of(JobContext job) {
        String id = job.getProperties().getProperty("runId");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("job parameter runId is missing");
        }
        return Long.parseLong(id.strip());
    }
}
