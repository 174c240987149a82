package com.baokao.itest.incontainer;

import com.baokao.schedule.Cadence;
import com.baokao.schedule.ClusterScheduler;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The deployed application runs its deadline jobs itself every five minutes (DeadlineSchedules). So that a test's own
 * runs are the only ones between moving the dates and checking them, the test takes the current five-minute due time
 * of that job first (a run that does nothing), away from the next one.
 */
@Dependent
public class DeployedSchedules {

    private static final Cadence EVERY_FIVE = Cadence.everyMinutes(5);

    @EJB
    ClusterScheduler scheduler;

    @EJB
    TestData data;

    /** Keeps the deployed application's own runs of {@code job} away for a while (one of DeadlineSchedules' jobs). */
    public void hold(String job) throws Exception {
        Instant now = Instant.now();
        Duration toNext = Duration.between(now, EVERY_FIVE.latestDueAtOrBefore(now).plus(Duration.ofMinutes(5)));
        if (toNext.compareTo(Duration.ofSeconds(20)) < 0) {
            Thread.sleep(toNext.toMillis() + 2000);
        }
        scheduler.runIfDue(job, EVERY_FIVE, Duration.ofMinutes(30), due -> "held by ReviewIT");
        // a node that took it first: wait for its run to end
        for (int i = 0; i < 120; i++) {
            List<String> outcomes = data.scheduledRunOutcomes(job);
            if (!"RUNNING".equals(outcomes.get(outcomes.size() - 1))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the scheduled run of " + job + " did not end");
    }
}
