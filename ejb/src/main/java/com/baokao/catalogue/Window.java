package com.baokao.catalogue;

import com.baokao.platform.BusinessTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A time window of the exam calendar: open from {@code opensAt} (inclusive) until {@code closesAt}
 * (exclusive). Administrators think in Shanghai wall-clock time; the server compares instants, so the
 * server's own zone never matters.
 */
public record Window(Instant opensAt, Instant closesAt) implements Serializable {

    public enum Phase {
        NOT_YET_OPEN,
        OPEN,
        CLOSED
    }

    public Window {
        if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("a window opens before it closes: " + opensAt + " .. " + closesAt);
        }
    }

    /** A window given in Asia/Shanghai wall-clock time. */
    public static Window shanghai(LocalDateTime opens, LocalDateTime closes) {
        return new Window(shanghaiInstant(opens), shanghaiInstant(closes));
    }

    public static Instant shanghaiInstant(LocalDateTime wallClock) {
        return wallClock.atZone(BusinessTime.ZONE).toInstant();
    }

    public Phase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return Phase.NOT_YET_OPEN;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    public boolean isOpenAt(Instant now) {
        return phaseAt(now) == Phase.OPEN;
    }

    public LocalDateTime opensInShanghai() {
        return LocalDateTime.ofInstant(opensAt, BusinessTime.ZONE);
    }

    public LocalDateTime closesInShanghai() {
        return LocalDateTime.ofInstant(closesAt, BusinessTime.ZONE);
    }

    /** True while a deadline has not passed: an action due "by" {@code deadline} is allowed strictly before it. */
    public static boolean beforeDeadline(Instant deadline, Instant now) {
        return now.isBefore(deadline);
    }
}
