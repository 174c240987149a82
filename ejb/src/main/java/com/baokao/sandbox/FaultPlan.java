package com.baokao.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Which faults the next notifications suffer, and what to send for each: a plain, thread-safe state machine so it
 * can be tested without a container. {@code T} is the notification.
 */
public final class FaultPlan<T> {

    public enum Mode { NONE, DROP, DELAY, DUPLICATE, REORDER }

    /** One send: the notification and how long to wait first. */
    public record Dispatch<T>(T notification, long delayMillis) {
    }

    private Mode mode = Mode.NONE;
    private int remaining;
    private long delayMillis;
    private int copies;
    private T held;

    /** Applies {@code mode} to the next {@code count} notifications; a held (reordered) notification stays held. */
    public synchronized void set(Mode mode, int count, long delayMillis, int copies) {
        if (count < 0 || delayMillis < 0 || copies < 1) {
            throw new IllegalArgumentException("count, delay and copies must not be negative");
        }
        this.mode = count == 0 ? Mode.NONE : mode;
        this.remaining = count;
        this.delayMillis = delayMillis;
        this.copies = copies;
    }

    public synchronized Mode mode() {
        return mode;
    }

    public synchronized int remaining() {
        return remaining;
    }

    /** What to send, in order, now that {@code notification} is due. */
    public synchronized List<Dispatch<T>> next(T notification) {
        List<Dispatch<T>> sends = new ArrayList<>();
        if (held != null) {
            // the held one goes right after this one: that is the reordering
            sends.add(new Dispatch<>(notification, 0));
            sends.add(new Dispatch<>(held, 0));
            held = null;
            return sends;
        }
        Mode applied = remaining > 0 ? mode : Mode.NONE;
        if (applied != Mode.NONE && --remaining == 0) {
            mode = Mode.NONE;
        }
        switch (applied) {
            case DROP -> { }
            case DELAY -> sends.add(new Dispatch<>(notification, delayMillis));
            case DUPLICATE -> {
                for (int i = 0; i < copies; i++) {
                    sends.add(new Dispatch<>(notification, 0));
                }
            }
            case REORDER -> held = notification;
            default -> sends.add(new Dispatch<>(notification, 0));
        }
        return sends;
    }
}
