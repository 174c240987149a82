package com.baokao.itest.incontainer;

import com.baokao.schedule.Cadence;
import com.baokao.schedule.ClusterScheduler;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

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
    private static final Duration RUN_MAY_TAKE = Duration.ofSeconds(120);

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
        // a node that took the current due time first: wait for its run to end. A run usually takes milliseconds, but
        // CI once saw one still running after 30 s on H2 (a lock wait there lasts up to 10 s, a pool wait 5 s; the
        // cause was not found), so the wait is generous; the run's lease is 30 minutes.
        long deadline = System.nanoTime() + RUN_MAY_TAKE.toNanos();
        while ("RUNNING".equals(data.scheduledRunOutcome(job, current))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the scheduled run of " + job + " for " + current + " did not end in "
                        + RUN_MAY_TAKE.toSeconds() + " s; where the server's job threads are: " + jobThreads());
            }
            Thread.sleep(250);
        }
    }

    /**
     * The threads running a scheduled job now (the test runs in the server's JVM): their top frames and Baokao's, for
     * the message. "none" while the row says RUNNING means the run ended without recording its end.
     */
    private static String jobThreads() {
        StringBuilder where = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            boolean inJob = Arrays.stream(frames)
                    .anyMatch(frame -> frame.getClassName().startsWith(ClusterScheduler.class.getName()));
            if (inJob) {
                where.append('[').append(thread.getName()).append(':');
                // what it waits on, then the application's own frames
                for (int i = 0; i < frames.length; i++) {
                    if (i < 4 || frames[i].getClassName().startsWith("com.baokao.")) {
                        where.append(' ').append(frames[i]);
                    }
                }
                where.append("] ");
            }
        });
        return where.length() == 0 ? "none" : where.toString();
    }
}
