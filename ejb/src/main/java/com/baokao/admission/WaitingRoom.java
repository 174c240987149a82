package com.baokao.admission;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The waiting room's rule, as Queue-it-style waiting rooms apply it: at most {@link Settings#capacity()} visitors
 * hold a pass at once. A visitor is a key (a pass cookie, a sign-in); whoever holds a pass keeps it while they come
 * back within {@link Settings#idle()} and gives it back when idle longer or on {@link #leave}. Whoever arrives while
 * every pass is taken, or while others are already waiting, gets the next number of a first-come, first-served line;
 * a pass that comes free is handed to the head of the line (held for them until they next ask, at most
 * {@link Settings#placeKept()}), so the line is let in strictly in order and a newcomer never overtakes it. A waiter
 * who stops asking for longer than {@code placeKept} has given up and loses their place.
 * <p>
 * A request at the very front of the line ({@link Settings#frontHeld()} places) may be held for up to
 * {@link Settings#hold()} instead of answered at once, and let in the moment a pass comes free for it: otherwise that
 * pass stays unused until the waiter asks again, which under a steady overload left a third to a half of the passes
 * idle (the registration-day benchmark). Only the front is held, so at most about {@code frontHeld} threads wait here.
 * <p>
 * The estimated wait is the place in line divided by the rate at which passes came free lately (the last
 * {@value #RATE_SAMPLES} within five minutes); before anything has been observed, by the rate a full room frees passes
 * when every visitor stays the whole idle time ({@code capacity / idle}).
 * <p>
 * Thread-safe. A visitor who holds a pass costs one {@link ConcurrentHashMap} update and takes no lock; the line
 * (arrivals past capacity, waiters asking again, passes coming free) is guarded by one lock and costs O(log n); a
 * sweep of idle passes runs at most once a second, started by a visitor without a pass (O(capacity)).
 */
public final class WaitingRoom {

    /** How long a waiter keeps their place without asking again (the waiting page asks far more often). */
    public static final Duration DEFAULT_PLACE_KEPT = Duration.ofSeconds(45);

    static final int RATE_SAMPLES = 64;
    static final int MIN_RATE_SAMPLES = 3;
    private static final long RATE_WINDOW_MILLIS = 300_000;
    private static final long SWEEP_EVERY_MILLIS = 1_000;

    /**
     * @param capacity  passes at once; 0 or less switches the waiting room off (everyone is let in, nothing is kept)
     * @param idle      a pass not used for longer is given back
     * @param placeKept a place in line not asked about for longer is given up
     * @param frontHeld requests of waiters this near the front are held (0: nobody is)
     * @param hold      for at most this long
     */
    public record Settings(int capacity, Duration idle, Duration placeKept, int frontHeld, Duration hold) {

        public Settings {
            Objects.requireNonNull(idle, "idle");
            Objects.requireNonNull(placeKept, "placeKept");
            Objects.requireNonNull(hold, "hold");
            if (idle.isNegative() || idle.isZero() || placeKept.isNegative() || placeKept.isZero()) {
                throw new IllegalArgumentException("idle and placeKept must be positive");
            }
            if (frontHeld < 0 || hold.isNegative()) {
                throw new IllegalArgumentException("frontHeld and hold must not be negative");
            }
            if (hold.compareTo(placeKept) >= 0) {
                // a held waiter does not ask again while held: the hold must end before their place would be given up
                throw new IllegalArgumentException("hold must be shorter than placeKept");
            }
        }

        public Settings(int capacity, Duration idle, Duration placeKept) {
            this(capacity, idle, placeKept, 0, Duration.ZERO);
        }

        public Settings(int capacity, Duration idle) {
            this(capacity, idle, DEFAULT_PLACE_KEPT);
        }

        public boolean on() {
            return capacity > 0;
        }

        /** Whether requests at the front are held rather than answered at once. */
        public boolean holds() {
            return frontHeld > 0 && !hold.isZero();
        }
    }

    /** What a visitor's request is told. */
    public sealed interface Verdict permits Admitted, Waiting {
    }

    /** In: the request goes ahead at once. */
    public record Admitted() implements Verdict {
    }

    /**
     * Not yet: {@code number} is the visitor's number in line (stable), {@code position} how many are ahead of them
     * counting themselves (1 is next), {@code estimatedWait} when they may expect to be let in.
     */
    public record Waiting(long number, long position, Duration estimatedWait) implements Verdict {
    }

    /** The room now, without anyone's key: for monitoring. */
    public record Snapshot(boolean on, int capacity, int admitted, int waiting, double passesFreedPerSecond,
                           Duration estimatedWait) {
    }

    private static final Admitted ADMITTED = new Admitted();

    private final Clock clock;
    private volatile Settings settings;

    /** Pass holder's key → when they were last seen (clock millis). */
    private final ConcurrentHashMap<String, Long> passes = new ConcurrentHashMap<>();
    /** Passes held plus passes kept for a called waiter: never more than the capacity (changed under the lock). */
    private final AtomicInteger occupied = new AtomicInteger();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE / 2);

    private final Object lock = new Object();
    /** Every waiter, least recently asking first (access order), so those who gave up are dropped from the front. */
    private final LinkedHashMap<String, Waiter> waiters = new LinkedHashMap<>(64, 0.75f, true);
    /** Waiters not yet called, by number. */
    private final TreeMap<Long, Waiter> line = new TreeMap<>();
    private long nextNumber = 1;
    /** When passes came free lately (a ring). */
    private final long[] freed = new long[RATE_SAMPLES];
    private int freedCount;
    private int freedNext;

    private static final class Waiter {
        final String key;
        final long number;
        long lastAsked;
        /** A pass is kept for this waiter: their next request gets it. */
        boolean called;

        Waiter(String key, long number, long lastAsked) {
            this.key = key;
            this.number = number;
            this.lastAsked = lastAsked;
        }
    }

    public WaitingRoom(Clock clock, Settings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    /**
     * A request of the visitor {@code key}: in at once if they hold a pass or one is free and nobody waits; at the
     * front of the line, held as the settings allow until let in.
     */
    public Verdict enter(String key) {
        return enter(key, true);
    }

    /** The same, held at the front only when {@code mayHold}. */
    public Verdict enter(String key, boolean mayHold) {
        Objects.requireNonNull(key, "key");
        Settings current = settings;
        if (!current.on()) {
            return ADMITTED;
        }
        long now = clock.millis();
        if (keepPass(key, now, current.idle().toMillis())) {
            return ADMITTED;
        }
        sweepIfDue(now);
        synchronized (lock) {
            Verdict verdict = atTheDoor(key, now);
            if (!mayHold || !current.holds()) {
                return verdict;
            }
            // real time, not the room's clock: this thread waits, and is woken when a waiter is called
            long until = System.nanoTime() + current.hold().toNanos();
            while (verdict instanceof Waiting waiting && waiting.position() <= current.frontHeld()) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (!settings.on()) {
                    return ADMITTED;
                }
                verdict = atTheDoor(key, clock.millis());
            }
            return verdict;
        }
    }

    /** The visitor signed out: their pass (or their place in line) is given up at once. */
    public void leave(String key) {
        if (key == null || !settings.on()) {
            return;
        }
        long now = clock.millis();
        if (passes.remove(key) != null) {
            passFreed(now);
            return;
        }
        synchronized (lock) {
            Waiter waiter = waiters.remove(key);
            if (waiter != null) {
                forget(waiter);
            }
        }
    }

    /** Whether {@code key} holds a pass now (does not count as activity). */
    public boolean holdsPass(String key) {
        Long seen = passes.get(key);
        return seen != null && clock.millis() - seen <= settings.idle().toMillis();
    }

    public Snapshot snapshot() {
        long now = clock.millis();
        Settings current = settings;
        sweepIfDue(now);
        synchronized (lock) {
            dropWaitersWhoGaveUp(now);
            return new Snapshot(current.on(), current.capacity(), passes.size(), line.size(), observedRate(now),
                    estimate(line.size() + 1L, now));
        }
    }

    /**
     * New settings from now on: a larger capacity lets the head of the line in as passes allow, a smaller one lets
     * nobody in until enough passes are given back. Switching off forgets every pass and place.
     */
    public void reconfigure(Settings next) {
        Objects.requireNonNull(next, "settings");
        synchronized (lock) {
            settings = next;
            if (!next.on()) {
                clear();
            } else {
                callWhileFree();
            }
        }
    }

    /** Forgets every pass, place and observation (an operator's or a test's fresh start). */
    public void reset() {
        synchronized (lock) {
            clear();
        }
    }

    private void clear() {
        passes.clear();
        waiters.clear();
        line.clear();
        occupied.set(0);
        freedCount = 0;
        freedNext = 0;
    }

    /** The pass holder's fast path: no lock, one map update. */
    private boolean keepPass(String key, long now, long idleMillis) {
        boolean[] expired = new boolean[1];
        Long kept = passes.computeIfPresent(key, (k, seen) -> {
            if (now - seen <= idleMillis) {
                return Math.max(seen, now);
            }
            expired[0] = true;
            return null;
        });
        if (kept != null) {
            return true;
        }
        if (expired[0]) {
            passFreed(now);
        }
        return false;
    }

    /** Under the lock: a visitor without a pass, new or waiting. */
    private Verdict atTheDoor(String key, long now) {
        dropWaitersWhoGaveUp(now);
        if (passes.containsKey(key)) {
            // a parallel request of the same visitor was let in a moment ago
            passes.put(key, now);
            return ADMITTED;
        }
        callWhileFree();
        Waiter waiter = waiters.get(key);
        if (waiter != null) {
            waiter.lastAsked = now;
            if (waiter.called) {
                waiters.remove(key);
                passes.put(key, now);
                return ADMITTED;
            }
            return waiting(waiter, now);
        }
        if (line.isEmpty() && takeSlot()) {
            passes.put(key, now);
            return ADMITTED;
        }
        waiter = new Waiter(key, nextNumber++, now);
        waiters.put(key, waiter);
        line.put(waiter.number, waiter);
        return waiting(waiter, now);
    }

    private Waiting waiting(Waiter waiter, long now) {
        long position = waiter.number - line.firstKey() + 1;
        return new Waiting(waiter.number, position, estimate(position, now));
    }

    /** While passes are free, the head of the line is called (its pass kept for it). */
    private void callWhileFree() {
        while (!line.isEmpty() && takeSlot()) {
            call(line.pollFirstEntry().getValue());
        }
    }

    /** Under the lock: the pass is kept for this waiter; a request of theirs held here goes in now. */
    private void call(Waiter waiter) {
        waiter.called = true;
        lock.notifyAll();
    }

    private boolean takeSlot() {
        int capacity = settings.capacity();
        while (true) {
            int taken = occupied.get();
            if (taken >= capacity) {
                return false;
            }
            if (occupied.compareAndSet(taken, taken + 1)) {
                return true;
            }
        }
    }

    /** A pass was given back (idle or signed out): counted for the estimate, and handed on. */
    private void passFreed(long now) {
        synchronized (lock) {
            freed[freedNext] = now;
            freedNext = (freedNext + 1) % RATE_SAMPLES;
            freedCount = Math.min(freedCount + 1, RATE_SAMPLES);
            slotFreed();
        }
    }

    /** Under the lock: a slot came free; the head of the line gets it, else it is free. */
    private void slotFreed() {
        if (!line.isEmpty() && occupied.get() <= settings.capacity()) {
            call(line.pollFirstEntry().getValue());
        } else if (occupied.get() > 0) {
            occupied.decrementAndGet();
        }
    }

    /** Under the lock: a waiter is gone; a pass kept for them goes to the next. */
    private void forget(Waiter waiter) {
        if (waiter.called) {
            slotFreed();
        } else {
            line.remove(waiter.number);
        }
    }

    /** Under the lock: waiters who have not asked for longer than placeKept gave up. */
    private void dropWaitersWhoGaveUp(long now) {
        long limit = now - settings.placeKept().toMillis();
        Iterator<Map.Entry<String, Waiter>> eldest = waiters.entrySet().iterator();
        while (eldest.hasNext()) {
            Waiter waiter = eldest.next().getValue();
            if (waiter.lastAsked >= limit) {
                break;
            }
            eldest.remove();
            forget(waiter);
        }
    }

    /** At most once a second, whoever comes first: passes idle too long are given back. */
    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last < SWEEP_EVERY_MILLIS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        long idleMillis = settings.idle().toMillis();
        for (Map.Entry<String, Long> pass : passes.entrySet()) {
            Long seen = pass.getValue();
            if (now - seen > idleMillis && passes.remove(pass.getKey(), seen)) {
                passFreed(now);
            }
        }
        synchronized (lock) {
            dropWaitersWhoGaveUp(now);
        }
    }

    /** Under the lock: passes freed per second lately, or 0 when too few were observed. */
    private double observedRate(long now) {
        int counted = 0;
        long oldest = Long.MAX_VALUE;
        for (int i = 0; i < freedCount; i++) {
            long at = freed[i];
            if (now - at <= RATE_WINDOW_MILLIS) {
                counted++;
                oldest = Math.min(oldest, at);
            }
        }
        if (counted < MIN_RATE_SAMPLES) {
            return 0;
        }
        return counted * 1000.0 / Math.max(1000, now - oldest);
    }

    /** Under the lock: the wait of the visitor at {@code position}, whole seconds, at least one. */
    private Duration estimate(long position, long now) {
        Settings current = settings;
        if (!current.on()) {
            return Duration.ZERO;
        }
        double rate = observedRate(now);
        if (rate <= 0) {
            rate = current.capacity() / (double) Math.max(1, current.idle().toSeconds());
        }
        return Duration.ofSeconds(Math.max(1, (long) Math.ceil(position / rate)));
    }
}
