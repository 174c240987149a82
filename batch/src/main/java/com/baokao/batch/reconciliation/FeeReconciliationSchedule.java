package com.baokao.batch.reconciliation;

import com.baokao.batch.BatchJobs;
import com.baokao.platform.BusinessTime;
import com.baokao.schedule.Cadence;
import com.baokao.schedule.ClusterScheduler;
import com.baokao.schedule.ScheduleTrigger;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts {@code fee-reconciliation} every night at 02:00 Shanghai time for the day before (and any night before it
 * that the servers missed, a week back at most), once per cluster, through the shared {@link ClusterScheduler}; and
 * every minute resumes a run whose server died mid-job.
 */
@Singleton
@Startup
// a long run must not hold the singleton's lock against the next ticks; the scheduler's row decides who runs
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FeeReconciliationSchedule extends ScheduleTrigger {

    private static final Logger LOG = Logger.getLogger(FeeReconciliationSchedule.class.getName());
    static final Cadence NIGHTLY = Cadence.dailyAt(LocalTime.of(2, 0));

    @EJB
    FeeReconciliations reconciliations;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "fee-reconciliation")
    void everyMinute() {
        tick();
    }

    @Override
    protected Duration catchUpAfter() {
        return Duration.ofSeconds(25);
    }

    @Override
    protected void tick() {
        scheduler.runIfDue(BatchJobs.FEE_RECONCILIATION, NIGHTLY, Duration.ofHours(2), due -> {
            LocalDate yesterday = due.atZone(BusinessTime.ZONE).toLocalDate().minusDays(1);
            java.util.List<Long> executions = reconciliations.runNightly(yesterday);
            return executions.isEmpty() ? "nothing owed up to " + yesterday : "executions " + executions;
        });
        try {
            reconciliations.resumeStalled();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stalled reconciliation runs not resumed", e);
        }
    }
}
