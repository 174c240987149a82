package com.baokao.schedule;

import com.baokao.platform.BusinessTime;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When a job is due, in Asia/Shanghai wall-clock time whatever the server's zone: daily at a time, or every
 * N minutes counted from midnight. {@link #latestDueAtOrBefore} names the run a tick must make sure happened;
 * a run missed while every server was down is therefore made at the next tick (catch-up), once.
 */
public final class Cadence implements Serializable {

    private final LocalTime dailyAt;
    private final Duration every;

    private Cadence(LocalTime dailyAt, Duration every) {
        this.dailyAt = dailyAt;
        this.every = every;
    }

    public static Cadence dailyAt(LocalTime time) {
        return new Cadence(time, null);
    }

    /** Every {@code minutes} minutes from Shanghai midnight; must divide a day evenly. */
    public static Cadence everyMinutes(int minutes) {
        if (minutes <= 0 || 24 * 60 % minutes != 0) {
            throw new IllegalArgumentException("a period that divides a day evenly, not " + minutes + " minutes");
        }
        return new Cadence(null, Duration.ofMinutes(minutes));
    }

    public Instant latestDueAtOrBefore(Instant now) {
        ZonedDateTime local = now.atZone(BusinessTime.ZONE);
        LocalDate today = local.toLocalDate();
        if (dailyAt != null) {
            ZonedDateTime due = today.atTime(dailyAt).atZone(BusinessTime.ZONE);
            return (due.toInstant().isAfter(now) ? due.minusDays(1) : due).toInstant();
        }
        ZonedDateTime midnight = today.atStartOfDay(BusinessTime.ZONE);
        long periods = Duration.between(midnight, local).toMillis() / every.toMillis();
        return midnight.plus(every.multipliedBy(periods)).toInstant();
    }

    @Override
    public String toString() {
        return dailyAt != null ? "daily at " + dailyAt + " Asia/Shanghai" : "every " + every.toMinutes() + " min";
    }
}
