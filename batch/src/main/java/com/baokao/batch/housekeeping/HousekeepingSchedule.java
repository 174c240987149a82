package com.baokao.batch.housekeeping;

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

/**
 * Starts {@code housekeeping} every night at 03:30 Shanghai time, once per cluster, through the shared
 * {@link ClusterScheduler}; a night missed while the servers were down is caught up shortly after start-up
 * ({@link ScheduleTrigger}).
 */
@Singleton
@Startup
// a long run must not hold the singleton's lock against the next ticks; the scheduler's row decides who runs
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HousekeepingSchedule extends ScheduleTrigger {

    static final Cadence NIGHTLY = Cadence.dailyAt(LocalTime.of(3, 30));

    @EJB
    BatchJobs jobs;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "housekeeping")
    void everyMinute() {
        tick();
    }

    @Override
    protected void tick() {
        scheduler.runIfDue(BatchJobs.HOUSEKEEPING, NIGHTLY, Duration.ofHours(1),
                due -> "execution " + jobs.start(BatchJobs.HOUSEKEEPING, null));
    }
}
