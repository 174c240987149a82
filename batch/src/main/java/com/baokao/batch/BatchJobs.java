package com.baokao.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts and inspects Baokao's Jakarta Batch jobs. Lives in the module that holds the job XML and the
 * artifacts, because in an EAR the batch runtime resolves them through the starting module.
 * <p>
 * Outside any transaction: the runtime's own repository writes (and, on first use, its table creation) must
 * commit on their own. Enlisted in a caller's transaction on PostgreSQL, the job-repository DDL stayed
 * invisible to the runtime's next connection and rolled back with the failure.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    public static final String HOUSEKEEPING = "housekeeping";
    public static final String FEE_RECONCILIATION = "fee-reconciliation";
    public static final String ADMISSION_TICKETS = "admission-tickets";
    public static final String SCORE_IMPORT = "score-import";
    /** Every job an operator may start from the jobs page (job id = XML file name). */
    public static final List<String> JOBS = List.of(ADMISSION_TICKETS, FEE_RECONCILIATION, SCORE_IMPORT, HOUSEKEEPING);

    /** One step of an execution with its metrics (READ_COUNT, WRITE_COUNT, PROCESS_SKIP_COUNT, COMMIT_COUNT ...). */
    public record StepRow(String step, String status, String exitStatus, Instant startedAt, Instant endedAt,
                          Map<String, Long> metrics) implements Serializable {

        public long metric(Metric.MetricType type) {
            return metrics.getOrDefault(type.name(), 0L);
        }

        public long skips() {
            return metric(Metric.MetricType.READ_SKIP_COUNT) + metric(Metric.MetricType.PROCESS_SKIP_COUNT)
                    + metric(Metric.MetricType.WRITE_SKIP_COUNT);
        }
    }

    /** One execution as the jobs page shows it. */
    public record ExecutionRow(long executionId, long instanceId, String jobName, String status, String exitStatus,
                               Instant createdAt, Instant startedAt, Instant endedAt, Properties parameters,
                               List<StepRow> steps) implements Serializable {

        public boolean running() {
            return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
        }

        public boolean restartable() {
            return "FAILED".equals(status) || "STOPPED".equals(status);
        }
    }

    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters == null ? new Properties() : parameters);
    }

    /** An operator's run of a job that needs no parameters (the jobs page); fee reconciliation has its own start. */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public long startOnDemand(String jobName) {
        if (!HOUSEKEEPING.equals(jobName)) {
            throw new IllegalArgumentException("not a job to start without parameters: " + jobName);
        }
        return start(jobName, null);
    }

    public BatchStatus status(long executionId) {
        return operator().getJobExecution(executionId).getBatchStatus();
    }

    /**
     * True when the execution's server died under it: the repository still says it runs, or the repository no
     * longer knows it (it did not survive the restart). A merely failed or stopped execution is not orphaned: an
     * operator restarts it from the jobs page.
     */
    public boolean orphaned(Long executionId) {
        if (executionId == null) {
            return true;
        }
        BatchStatus status;
        try {
            status = status(executionId);
        } catch (jakarta.batch.operations.BatchRuntimeException | NullPointerException e) {
            return true; // no such execution (JBatch answers an unknown id with either)
        }
        return status == BatchStatus.STARTED || status == BatchStatus.STARTING || status == BatchStatus.STOPPING;
    }

    public String exitStatus(long executionId) {
        return operator().getJobExecution(executionId).getExitStatus();
    }

    /** The parameters an execution was started (or restarted) with. */
    public Properties parameters(long executionId) {
        Properties parameters = operator().getParameters(executionId);
        return parameters == null ? new Properties() : parameters;
    }

    /** The parameters of an execution, or none when the job repository does not know it (lost with a server). */
    public Properties parametersIfKnown(Long executionId) {
        if (executionId == null) {
            return new Properties();
        }
        try {
            return parameters(executionId);
        } catch (jakarta.batch.operations.BatchRuntimeException | NullPointerException e) {
            return new Properties(); // JBatch answers an unknown id with either
        }
    }

    /** The execution's steps with their metrics. */
    public List<StepRow> steps(long executionId) {
        List<StepRow> rows = new ArrayList<>();
        // the repository does not promise an order (on PostgreSQL it varies): the order the steps ran in
        List<StepExecution> executions = new ArrayList<>(operator().getStepExecutions(executionId));
        executions.sort(Comparator.comparingLong(StepExecution::getStepExecutionId));
        for (StepExecution step : executions) {
            Map<String, Long> metrics = new LinkedHashMap<>();
            if (step.getMetrics() != null) {
                for (Metric metric : step.getMetrics()) {
                    metrics.put(metric.getType().name(), metric.getValue());
                }
            }
            rows.add(new StepRow(step.getStepName(), String.valueOf(step.getBatchStatus()), step.getExitStatus(),
                    instant(step.getStartTime()), instant(step.getEndTime()), metrics));
        }
        return rows;
    }

    /**
     * The newest executions of every job this application knows (its own XML and any the repository has seen),
     * newest first: {@code instancesPerJob} instances per job, each with all its executions.
     */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public List<ExecutionRow> recentExecutions(int instancesPerJob) {
        JobOperator operator = operator();
        Set<String> names = new TreeSet<>(JOBS);
        names.addAll(operator.getJobNames());
        List<ExecutionRow> rows = new ArrayList<>();
        for (String name : names) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(name, 0, instancesPerJob);
            } catch (NoSuchJobException e) {
                continue; // never run yet
            }
            for (JobInstance instance : instances) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    rows.add(new ExecutionRow(execution.getExecutionId(), instance.getInstanceId(), name,
                            String.valueOf(execution.getBatchStatus()), execution.getExitStatus(),
                            instant(execution.getCreateTime()), instant(execution.getStartTime()),
                            instant(execution.getEndTime()), execution.getJobParameters(),
                            steps(execution.getExecutionId())));
                }
            }
        }
        rows.sort(Comparator.comparingLong(ExecutionRow::executionId).reversed());
        return rows;
    }

    /**
     * Asks a running execution to stop: a chunk step stops at the end of its current chunk, after its checkpoint,
     * so a later {@link #restart} goes on from there. The execution ends STOPPED.
     */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** Restarts a failed or stopped execution from its last checkpoint, with its parameters and any overrides. */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public long restart(long executionId, Properties overrides) {
        return restartWith(executionId, overrides);
    }

    /** The same, for the server's own recovery and for tests. */
    public long restartWith(long executionId, Properties overrides) {
        JobOperator operator = operator();
        Properties parameters = new Properties();
        Properties original = operator.getParameters(executionId);
        if (original != null) {
            parameters.putAll(original);
        }
        if (overrides != null) {
            parameters.putAll(overrides);
        }
        return operator.restart(executionId, parameters);
    }

    /** How many executions of each of Baokao's jobs are running now (the metrics endpoint's job progress). */
    public Map<String, Integer> runningExecutions() {
        JobOperator operator = operator();
        Map<String, Integer> running = new LinkedHashMap<>();
        for (String name : JOBS) {
            int count;
            try {
                count = operator.getRunningExecutions(name).size();
            } catch (NoSuchJobException e) {
                count = 0; // never run yet
            }
            running.put(name, count);
        }
        return running;
    }

    /** Whether the runtime's job repository answers (the readiness check): it reads the job names from it. */
    public boolean repositoryReachable() {
        try {
            operator().getJobNames();
            return true;
        } catch (RuntimeException e) {
            Logger.getLogger(BatchJobs.class.getName()).log(Level.WARNING, "Job repository not reachable", e);
            return false;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
