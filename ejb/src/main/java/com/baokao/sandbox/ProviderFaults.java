package com.baokao.sandbox;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sandbox provider's own faults, as a real provider has them on a bad day: its API answers slowly, or not at all
 * (503), for the next {@code count} calls. Baokao's side must stay responsive through both (ProviderClient's timeouts
 * and circuit breaker). A plain, thread-safe state, testable without a container; one per application.
 */
@ApplicationScoped
public class ProviderFaults {

    public enum Mode { NONE, SLOW, DOWN }

    /** What to do with one API call: wait this long first, then answer or refuse. */
    public record Action(long delayMillis, boolean refuse) {
        static final Action ANSWER = new Action(0, false);
    }

    private Mode mode = Mode.NONE;
    private int remaining;
    private long delayMillis;

    /** Applies {@code mode} to the next {@code count} API calls ({@code count} 0 or mode NONE: back to normal). */
    public synchronized void set(Mode mode, int count, long delayMillis) {
        if (count < 0 || delayMillis < 0 || delayMillis > 120_000) {
            throw new IllegalArgumentException("count and delay must not be negative, delay at most 120 s");
        }
        this.mode = count == 0 ? Mode.NONE : mode;
        this.remaining = this.mode == Mode.NONE ? 0 : count;
        this.delayMillis = delayMillis;
    }

    public synchronized Mode mode() {
        return mode;
    }

    /** The next API call's fate; counts it. */
    public synchronized Action next() {
        if (mode == Mode.NONE || remaining == 0) {
            return Action.ANSWER;
        }
        Mode applied = mode;
        if (--remaining == 0) {
            mode = Mode.NONE;
        }
        return applied == Mode.SLOW ? new Action(delayMillis, false) : new Action(delayMillis, true);
    }
}
