package com.baokao.batch.tickets;

import com.baokao.batch.BatchJobs;
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
import java.time.LocalTime;
import java.util.List;

/**
 * Starts {@code admission-tickets} every night at 01:30 Shanghai time, once per cluster, through the shared
 * {@link ClusterScheduler} (and after a restart, for a night the servers missed: {@link ScheduleTrigger}); and every
 * 5 minutes runs again a session whose run lost its server.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AdmissionTicketsSchedule extends ScheduleTrigger {

    static final Cadence NIGHTLY = Cadence.dailyAt(LocalTime.of(1, 30));

    @EJB
    AdmissionTicketRuns runs;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "admission-tickets")
    void everyMinute() {
        tick();
    }

    @Override
    protected void tick() {
        scheduler.runIfDue(BatchJobs.ADMISSION_TICKETS, NIGHTLY, Duration.ofHours(2), due -> {
            List<Long> executions = runs.startNightly();
            return executions.isEmpty() ? "no session due" : "executions " + executions;
        });
        // once per cluster every 5 minutes: a run whose server died is run again (it goes on from the stored seats)
        scheduler.runIfDue(BatchJobs.ADMISSION_TICKETS + "-resume", Cadence.everyMinutes(5), Duration.ofMinutes(5), due -> {
            List<Long> executions = runs.resumeStalled();
            return executions.isEmpty() ? "none stalled" : "resumed by executions " + executions;
        });
    }
}
