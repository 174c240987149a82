/**
 * Baokao's Jakarta Batch jobs: job XML in {@code META-INF/batch-jobs} (job id = file name), their
 * artifacts ({@code @Dependent @Named}), their schedules, and {@link com.baokao.batch.BatchJobs} to start them.
 */
package com.baokao.batch;
