package com.baokao.score;

import com.baokao.schedule.Cadence;
import com.baokao.schedule.ScheduleTrigger;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;

/**
 * Every minute, one node of the cluster tells the candidates of each session whose score release time has come
 * ({@link ScoreRelease#announceBatch}); a release missed while the servers were down is told at the next start.
 */
@Singleton
@Startup
// a long run must not hold the singleton's lock against the next ticks; the scheduler's row decides who runs
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScoreSchedules extends ScheduleTrigger {

    public static final String ANNOUNCE = "score-release-announcement";

    @EJB
    ScoreRelease release;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "score release")
    void everyMinute() {
        tick();
    }

    @Override
    protected Duration catchUpAfter() {
        return Duration.ofSeconds(25);
    }

    @Override
    protected void tick() {
        scheduler.runIfDue(ANNOUNCE, Cadence.everyMinutes(1), Duration.ofMinutes(30), due -> {
            int sessions = 0;
            for (long session : release.dueAnnouncements()) {
                long after = 0;
                while (after >= 0) {
                    after = release.announceBatch(session, after);
                }
                sessions++;
            }
            return sessions + " sessions announced";
        });
    }
}
