package com.baokao.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;

/**
 * What every periodic job's trigger shares: it ticks once shortly after start-up, which catches up a due time missed
 * while every server was down, and then every minute; each tick hands the job's due times to {@link ClusterScheduler},
 * which lets one node of the cluster run each of them once.
 * <p>
 * A trigger is a {@code @Singleton @Startup} bean with {@code @ConcurrencyManagement(BEAN)} (a long run must not hold
 * the singleton's lock against the next ticks; the scheduler's row decides who runs). It extends this class, says in
 * {@link #tick()} which jobs are due at which {@link Cadence}, and declares its own every-minute timer, on the bean
 * class where the container looks for it:
 * <pre>
 * &#64;Schedule(minute = "*", hour = "*", persistent = false, info = "housekeeping")
 * void everyMinute() {
 *     tick();
 * }
 * </pre>
 */
public abstract class ScheduleTrigger {

    static final String CATCH_UP = "catch-up";
    /**
     * Seconds after start-up for every trigger's catch-up tick, instead of each trigger's own
     * {@link #catchUpAfter()}: an operations setting for a server restarted after a crash, whose interrupted runs
     * should go on at once (the crash tests use it).
     */
    static final String CATCH_UP_AFTER = "baokao.schedule.catch-up-after-seconds";

    @EJB
    protected ClusterScheduler scheduler;

    @Resource
    TimerService timers;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = CATCH_UP_AFTER)
    java.util.Optional<Long> configuredCatchUpAfter = java.util.Optional.empty();

    /** Runs the due times of this trigger's jobs that no node of the cluster has run yet. */
    protected abstract void tick();

    /**
     * How long after start-up the catch-up tick comes: late enough for the deployment to settle, and different per
     * trigger so that triggers starting together do not all run at once.
     */
    protected Duration catchUpAfter() {
        return Duration.ofSeconds(30);
    }

    @PostConstruct
    void scheduleCatchUp() {
        // not persistent: Micro keeps persistent timers in the grid, and the next start schedules its own catch-up
        Duration after = configuredCatchUpAfter.filter(seconds -> seconds >= 0).map(Duration::ofSeconds)
                .orElse(catchUpAfter());
        timers.createSingleActionTimer(after.toMillis(), new TimerConfig(CATCH_UP, false));
    }

    @Timeout
    void catchUp() {
        tick();
    }
}
