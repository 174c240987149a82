package com.baokao.web.operations;

import java.util.function.Supplier;

/** A value read at most once per period and shared meanwhile (metrics gauges, the readiness check's schema state). */
final class Kept<T> {

    private final long periodMillis;
    private T value;
    private long readAt;

    Kept(long periodMillis) {
        this.periodMillis = periodMillis;
    }

    synchronized T get(Supplier<T> read) {
        long now = System.currentTimeMillis();
        if (value == null || now - readAt >= periodMillis) {
            value = read.get();
            readAt = now;
        }
        return value;
    }

    /** The next {@link #get} reads again. */
    synchronized void forget() {
        value = null;
    }
}
