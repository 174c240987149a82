package com.baokao.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Properties;

/**
 * Starts and inspects Baokao's Jakarta Batch jobs. Lives in the module that holds the job XML and the
 * artifacts, because in an EAR the batch runtime resolves them through the starting module.
 * <p>
 * Outside any transaction: the runtime's own repository writes (and, on first use, its table creation) must
 * commit on their own. Enlisted in a caller's transaction on PostgreSQL, the job-repository DDL stayed
 * invisible to the runtime's next connection and rolled back with the failure.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    public static final String HOUSEKEEPING = "housekeeping";

    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters == null ? new Properties() : parameters);
    }

    public BatchStatus status(long executionId) {
        return operator().getJobExecution(executionId).getBatchStatus();
    }

    public String exitStatus(long executionId) {
        return operator().getJobExecution(executionId).getExitStatus();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
