package com.baokao.batch.reconciliation;

import com.baokao.batch.BatchJobs;
import com.baokao.batch.OperatorFiles;
import com.baokao.i18n.BaokaoException;
import com.baokao.payment.PaymentGateway;
import com.baokao.reconciliation.NightlyDays;
import com.baokao.reconciliation.ReconciliationRun;
import com.baokao.reconciliation.ReconciliationRuns;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts {@code fee-reconciliation}: a run is opened for a statement (downloaded from the provider, or a file the
 * operator names) and the job started with its id. Also resumes runs whose server died: a run whose heartbeat has
 * stopped and whose execution is not merely failed is taken over by exactly one node and continued by a new
 * execution, which goes on from what the database holds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeeReconciliations {

    private static final Logger LOG = Logger.getLogger(FeeReconciliations.class.getName());
    static final String DIRECTORY = "baokao.reconciliation.dir";
    /** How long a run may go without a heartbeat before another node takes it over (a chunk beats every second or so). */
    static final String STALLED_AFTER = "baokao.reconciliation.stalled-after-seconds";

    @EJB
    BatchJobs jobs;

    @EJB
    ReconciliationRuns steps;

    @Inject
    PaymentGateway gateway;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** An operator's run: {@code file} on the server if given, else the provider's statement of {@code day}. */
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public long requestRun(LocalDate day, String file) {
        if (day == null) {
            throw new BaokaoException("reconciliation.dayRequired");
        }
        Path statement = file == null || file.isBlank() ? download(day) : inStatementsDirectory(file.strip());
        return start(day, statement, callerName());
    }

    /** The operator's username (the principal is the account id), for the run's "requested by". */
    private String callerName() {
        return steps.usernameOf(context.getCallerPrincipal());
    }

    /**
     * The nightly runs: every day up to {@code yesterday} that is owed a run ({@link NightlyDays}: nights missed while
     * the servers were down are caught up, a retried night opens no second run). Returns the executions started.
     */
    @PermitAll
    public List<Long> runNightly(LocalDate yesterday) {
        List<Long> executions = new java.util.ArrayList<>();
        if (providerUrl() == null) {
            return executions;
        }
        for (LocalDate day : NightlyDays.owed(yesterday, steps.firstOrderDay(),
                steps.daysWithRuns(yesterday.minusDays(NightlyDays.MAX_BACK)))) {
            executions.add(start(day, download(day), "schedule"));
        }
        return executions;
    }

    /**
     * A statement file an operator names: only inside the statements directory, so the report (which quotes
     * unreadable lines) can never show another file of the server.
     */
    private Path inStatementsDirectory(String name) {
        return OperatorFiles.inDirectory(statementsDirectory(), name, "reconciliation.fileMissing");
    }

    @RolesAllowed({"OPERATOR", "ADMIN"})
    public String statementsDirectoryShown() {
        return statementsDirectory().toAbsolutePath().normalize().toString();
    }

    private static Path statementsDirectory() {
        return Path.of(ConfigProvider.getConfig().getOptionalValue(DIRECTORY, String.class).orElse("baokao-data/statements"));
    }

    private long start(LocalDate day, Path statement, String requestedBy) {
        long runId = steps.open(day, statement.toAbsolutePath().toString(), requestedBy);
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        return jobs.start(BatchJobs.FEE_RECONCILIATION, parameters);
    }

    private Path download(LocalDate day) {
        String base = providerUrl();
        if (base == null) {
            throw new BaokaoException("reconciliation.noProvider");
        }
        Path target = statementsDirectory().resolve("statement-" + day + "-" + clock.millis() + ".csv");
        try {
            gateway.downloadStatement(base, day, target);
        } catch (PaymentGateway.ProviderUnavailable e) {
            throw new BaokaoException("reconciliation.providerUnavailable", day.toString());
        }
        return target;
    }

    /** The configured provider, else the one Baokao's latest order was placed at. */
    private String providerUrl() {
        return ConfigProvider.getConfig().getOptionalValue("baokao.payment.base-url", String.class)
                .filter(u -> !u.isBlank()).orElseGet(steps::latestProviderUrl);
    }

    /**
     * Continues every run whose server stopped working on it: no heartbeat for {@value #STALLED_AFTER} (600), and its
     * execution still "running" in the job repository (the JVM was killed) or gone with it. A failed execution is
     * left for an operator to restart from the jobs page. Returns how many runs were resumed.
     */
    @PermitAll
    public int resumeStalled() {
        Instant now = clock.instant();
        List<ReconciliationRun> stalled = steps.stalled(now.minusSeconds(
                ConfigProvider.getConfig().getOptionalValue(STALLED_AFTER, Long.class).orElse(600L)));
        int resumed = 0;
        for (ReconciliationRun run : stalled) {
            if (!jobs.orphaned(run.getExecutionId()) || !claim(run, now)) {
                continue;
            }
            // the same skip limit and chunk size as the execution it continues, when the repository still knows them
            Properties parameters = jobs.parametersIfKnown(run.getExecutionId());
            parameters.setProperty("runId", String.valueOf(run.getId()));
            long execution = jobs.start(BatchJobs.FEE_RECONCILIATION, parameters);
            LOG.warning(() -> "reconciliation run " + run.getId() + " had stalled (execution " + run.getExecutionId()
                    + "); resumed by execution " + execution);
            resumed++;
        }
        return resumed;
    }

    /** One node of a cluster takes a stalled run over: the heartbeat moves only if nobody moved it first. */
    private boolean claim(ReconciliationRun run, Instant now) {
        return steps.takeOver(run.getId(), run.getHeartbeatAt(), now);
    }
}
