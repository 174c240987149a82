package com.baokao.batch.tickets;

import com.baokao.batch.BatchJobs;
import com.baokao.schedule.Cadence;
import com.baokao.schedule.ClusterScheduler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * Starts {@code admission-tickets} every night at 01:30 Shanghai time, once per cluster, through the shared
 * {@link ClusterScheduler} (and after a restart, for a night the servers missed); and every 5 minutes runs again a
 * session whose run lost its server.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AdmissionTicketsSchedule {

    static final Cadence NIGHTLY = Cadence.dailyAt(LocalTime.of(1, 30));

    @EJB
    ClusterScheduler scheduler;

    @EJB
    AdmissionTicketRuns runs;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(Duration.ofSeconds(30).toMillis(), new TimerConfig("catch-up", false));
    }

    @Timeout
    void catchUp() {
        tick();
    }

    @Schedule(minute = "*", hour = "*", persistent = false, info = "admission-tickets")
    void everyMinute() {
        tick();
    }

    private void tick() {
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
