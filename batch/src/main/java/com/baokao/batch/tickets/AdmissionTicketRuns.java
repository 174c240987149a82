package com.baokao.batch.tickets;

import com.baokao.batch.BatchJobs;
import com.baokao.i18n.BaokaoException;
import com.baokao.seating.SeatingSteps;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts {@code admission-tickets} for an exam session: on demand (jobs page), and every night for the sessions
 * whose ticket printing opens within {@link #LEAD} or is open, so tickets and sheets are ready before printing opens
 * and late payers are seated the next night. Two runs for one session never overlap: the second would meet the
 * first's seats half-written; it is refused with a sentence instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdmissionTicketRuns {

    /** How long before ticket printing opens the nightly runs begin. */
    static final Duration LEAD = Duration.ofDays(3);
    /**
     * How long a run may write nothing before its execution, still STARTED in the job repository, is taken for one
     * whose server died (a chunk of seats or sheets is written every second or so).
     */
    static final String STALLED_AFTER = "baokao.seating.stalled-after-seconds";
    /**
     * Candidates per chunk of step {@code seats}, i.e. per commit and checkpoint (the job's default, 1000, when not
     * set): an operations setting; smaller chunks lose less work to a crash and cost more commits.
     */
    static final String CHUNK_SIZE = "baokao.seating.chunk-size";
    private static final Logger LOG = Logger.getLogger(AdmissionTicketRuns.class.getName());

    @EJB
    BatchJobs jobs;

    @EJB
    SeatingSteps steps;

    @Inject
    Clock clock;

    /** An operator's or administrator's run, from the jobs page. */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public long startOnDemand(long sessionId) {
        return start(sessionId);
    }

    /** Starts the job for the session unless a run of it is going; refused with a sentence otherwise. */
    @PermitAll
    public long start(long sessionId) {
        steps.sessionCode(sessionId);
        running(sessionId).ifPresent(execution -> {
            throw new BaokaoException("seating.alreadyRunning", execution);
        });
        Properties parameters = new Properties();
        parameters.setProperty("sessionId", String.valueOf(sessionId));
        ConfigProvider.getConfig().getOptionalValue(CHUNK_SIZE, Integer.class).filter(size -> size > 0)
                .ifPresent(size -> parameters.setProperty("chunkSize", String.valueOf(size)));
        return jobs.start(BatchJobs.ADMISSION_TICKETS, parameters);
    }

    /** The nightly runs: one per session due (see the class comment) that is not running already. */
    @PermitAll
    public List<Long> startNightly() {
        List<Long> started = new ArrayList<>();
        for (long session : steps.sessionsToSeat(clock.instant(), LEAD)) {
            if (running(session).isEmpty()) {
                started.add(start(session));
            }
        }
        return started;
    }

    /**
     * Runs again, with a new execution, every session due whose last execution still says STARTED but has written
     * nothing for {@link #STALLED_AFTER}: its server died. The new run goes on from the stored seats, so it ends with
     * the assignment the interrupted one would have given. Called once per cluster every 5 minutes.
     */
    @PermitAll
    public List<Long> resumeStalled() {
        List<Long> started = new ArrayList<>();
        for (long session : steps.sessionsToSeat(clock.instant(), LEAD)) {
            if (!stalledExecutions(session).isEmpty() && running(session).isEmpty()) {
                LOG.warning(() -> "admission-tickets for session " + session + ": executions " + stalledExecutions(session)
                        + " stopped writing; their server died. Running it again.");
                started.add(start(session));
            }
        }
        return started;
    }

    /** The live execution of the session's job, if any: STARTING/STARTED and created or writing recently. */
    private java.util.Optional<Long> running(long sessionId) {
        List<Long> candidates = startedExecutions(sessionId);
        if (candidates.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.time.Instant threshold = clock.instant().minus(stalledAfter());
        java.time.Instant lastWrite = steps.lastWrite(sessionId);
        JobOperator operator = BatchRuntime.getJobOperator();
        for (long id : candidates) {
            java.util.Date created = operator.getJobExecution(id).getCreateTime();
            if (created != null && created.toInstant().isAfter(threshold) || lastWrite != null && lastWrite.isAfter(threshold)) {
                return java.util.Optional.of(id);
            }
        }
        return java.util.Optional.empty();
    }

    private List<Long> stalledExecutions(long sessionId) {
        return running(sessionId).isPresent() ? List.of() : startedExecutions(sessionId);
    }

    private static Duration stalledAfter() {
        return Duration.ofSeconds(ConfigProvider.getConfig().getOptionalValue(STALLED_AFTER, Long.class).orElse(600L));
    }

    private static List<Long> startedExecutions(long sessionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> executions;
        try {
            executions = operator.getRunningExecutions(BatchJobs.ADMISSION_TICKETS);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<Long> ofSession = new ArrayList<>();
        for (long id : executions) {
            JobExecution execution = operator.getJobExecution(id);
            Properties parameters = execution.getJobParameters();
            if (parameters != null && String.valueOf(sessionId).equals(parameters.getProperty("sessionId"))) {
                ofSession.add(id);
            }
        }
        return ofSession;
    }
}
