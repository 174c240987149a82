package com.baokao.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which days the nightly reconciliation still owes: every day from the first day with a payment order (at most
 * {@link #MAX_BACK} days back) up to yesterday that has no run yet, oldest first. So nights missed while the servers
 * were down are caught up, and a retried night never opens a second run.
 */
public final class NightlyDays {

    public static final int MAX_BACK = 7;

    private NightlyDays() {
    }

    public static List<LocalDate> owed(LocalDate yesterday, LocalDate firstOrderDay, Set<LocalDate> daysWithRuns) {
        List<LocalDate> owed = new ArrayList<>();
        if (firstOrderDay == null) {
            return owed; // no order was ever placed: nothing to reconcile
        }
        LocalDate from = yesterday.minusDays(MAX_BACK - 1L);
        if (firstOrderDay.isAfter(from)) {
            from = firstOrderDay;
        }
        for (LocalDate day = from; !day.isAfter(yesterday); day = day.plusDays(1)) {
            if (!daysWithRuns.contains(day)) {
                owed.add(day);
            }
        }
        return owed;
    }
}
