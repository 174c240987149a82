package com.baokao.itest.incontainer;

import com.baokao.schedule.Cadence;
import com.baokao.schedule.ClusterScheduler;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.time.Instant;

/**
 * The deployed application runs its deadline jobs itself every five minutes (DeadlineSchedules). So that a test's own
 * runs are the only ones between moving the dates and checking them, the test takes the job's current five-minute due
 * time and the next one in the scheduler's table ({@code scheduled_run}, the row that lets one node of a cluster run a
 * due time) before the deployed ticks do: then no node runs the job for at least five minutes, without waiting for
 * the clock.
 */
@Dependent
public class DeployedSchedules {

    /** DeadlineSchedules' cadence for its deadline, payment check and refund jobs. */
    private static final Cadence EVERY_FIVE = Cadence.everyMinutes(5);
    private static final String HELD = "held by a test";

    @EJB
    ClusterScheduler scheduler;

    @EJB
    TestData data;

    /** Keeps the deployed application's own runs of {@code job} (one of DeadlineSchedules' jobs) away for five minutes. */
    public void hold(String job) throws Exception {
        Instant current = EVERY_FIVE.latestDueAtOrBefore(Instant.now());
        // the current due time: a run that does nothing, unless a node has taken it already
        scheduler.runIfDue(job, EVERY_FIVE, Duration.ofMinutes(30), due -> HELD);
        // the next one, before it is due: no tick will run it
        data.takeScheduledRun(job, current.plus(Duration.ofMinutes(5)), HELD);
        // a node that took the current due time first: wait for its run to end
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ("RUNNING".equals(data.scheduledRunOutcome(job, current))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the scheduled run of " + job + " for " + current + " did not end");
            }
            Thread.sleep(250);
        }
    }
}
