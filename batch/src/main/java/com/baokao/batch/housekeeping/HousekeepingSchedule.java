package com.baokao.batch.housekeeping;

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

/**
 * Starts {@code housekeeping} every night at 03:30 Shanghai time, once per cluster, through the shared
 * {@link ClusterScheduler}; a night missed while the servers were down is caught up shortly after start-up.
 */
@Singleton
@Startup
// a long run must not hold the singleton's lock against the next ticks; the scheduler's row decides who runs
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HousekeepingSchedule {

    static final Cadence NIGHTLY = Cadence.dailyAt(LocalTime.of(3, 30));

    @EJB
    BatchJobs jobs;

    @EJB
    ClusterScheduler scheduler;

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

    @Schedule(minute = "*", hour = "*", persistent = false, info = "housekeeping")
    void everyMinute() {
        tick();
    }

    private void tick() {
        scheduler.runIfDue(BatchJobs.HOUSEKEEPING, NIGHTLY, Duration.ofHours(1),
                due -> "execution " + jobs.start(BatchJobs.HOUSEKEEPING, null));
    }
}
