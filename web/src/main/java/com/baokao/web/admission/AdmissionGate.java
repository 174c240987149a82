package com.baokao.web.admission;

import com.baokao.admission.WaitingRoom;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * This server's waiting room, from MicroProfile Config: {@code baokao.admission.capacity} (visitors let in at once,
 * default 2000; 0 or less switches it off), {@code baokao.admission.idle-seconds} (a pass not used for longer is
 * given back, default 300), {@code baokao.admission.front-held} and {@code baokao.admission.hold-millis} (a request of
 * one of the first 16 in line is held up to 2,000 ms and let in the moment a pass comes free for it, rather than told
 * to ask again; 0 answers everyone at once). Each server of a cluster has its own room (its own capacity).
 * <p>
 * {@code baokao.admission.test-key}, for automated tests only, lets a request that names the key change the
 * capacity and idle time at run time ({@code PUT /api/admission}); without it nothing can change them.
 */
@ApplicationScoped
public class AdmissionGate {

    static final String CAPACITY = "baokao.admission.capacity";
    static final String IDLE_SECONDS = "baokao.admission.idle-seconds";
    static final String FRONT_HELD = "baokao.admission.front-held";
    static final String HOLD_MILLIS = "baokao.admission.hold-millis";
    static final String TEST_KEY = "baokao.admission.test-key";
    static final int DEFAULT_CAPACITY = 2000;
    static final int DEFAULT_IDLE_SECONDS = 300;
    /** At most about this many request threads wait in the room at once (the HTTP pool has hundreds). */
    static final int DEFAULT_FRONT_HELD = 16;
    static final int DEFAULT_HOLD_MILLIS = 2000;

    /**
     * The waiting page asks again (and the API's Retry-After says) at most this often and at least this rarely. A pass
     * handed to the head of the line stays unused until its waiter asks again, so those about to be let in ask every
     * second: with a 2 s floor, the registration-day benchmark's overload phase left up to a third of the passes idle.
     */
    static final int ASK_AGAIN_MIN_SECONDS = 1;
    static final int ASK_AGAIN_MAX_SECONDS = 15;

    private static final Logger LOG = Logger.getLogger(AdmissionGate.class.getName());

    private WaitingRoom room;
    private Optional<String> testKey = Optional.empty();

    @PostConstruct
    void start() {
        room = new WaitingRoom(Clock.systemUTC(), configured());
        testKey = ConfigProvider.getConfig().getOptionalValue(TEST_KEY, String.class).map(String::strip)
                .filter(key -> !key.isEmpty());
        WaitingRoom.Settings settings = room.settings();
        LOG.info(() -> settings.on()
                ? "Waiting room: " + settings.capacity() + " candidates at once, a pass given back after "
                + settings.idle().toSeconds() + " s idle, the first " + settings.frontHeld() + " in line held up to "
                + settings.hold().toMillis() + " ms"
                : "Waiting room: off (" + CAPACITY + " <= 0)");
    }

    /** The settings of the configuration (what a test's restore goes back to). */
    static WaitingRoom.Settings configured() {
        Config config = ConfigProvider.getConfig();
        int capacity = config.getOptionalValue(CAPACITY, Integer.class).orElse(DEFAULT_CAPACITY);
        int idle = config.getOptionalValue(IDLE_SECONDS, Integer.class).filter(s -> s > 0).orElse(DEFAULT_IDLE_SECONDS);
        int frontHeld = config.getOptionalValue(FRONT_HELD, Integer.class).orElse(DEFAULT_FRONT_HELD);
        int holdMillis = config.getOptionalValue(HOLD_MILLIS, Integer.class).orElse(DEFAULT_HOLD_MILLIS);
        return settings(capacity, Duration.ofSeconds(idle), frontHeld, holdMillis);
    }

    /** Settings from numbers an operator or a test gave: a hold is kept within what the rule allows. */
    static WaitingRoom.Settings settings(int capacity, Duration idle, int frontHeld, long holdMillis) {
        long hold = Math.max(0, Math.min(holdMillis, ASK_AGAIN_MAX_SECONDS * 1000L));
        return new WaitingRoom.Settings(capacity, idle, WaitingRoom.DEFAULT_PLACE_KEPT, Math.max(0, frontHeld),
                Duration.ofMillis(hold));
    }

    public WaitingRoom room() {
        return room;
    }

    public boolean on() {
        return room.settings().on();
    }

    /** True when test control is configured and {@code presented} is its key (compared in constant time). */
    boolean testControlAllowed(String presented) {
        return testKey.isPresent() && presented != null && MessageDigest.isEqual(
                testKey.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    boolean testControlConfigured() {
        return testKey.isPresent();
    }

    /** How many seconds until a waiter should ask again: half the estimate, within bounds that keep their place. */
    static long askAgainSeconds(Duration estimatedWait) {
        long half = (estimatedWait.toSeconds() + 1) / 2;
        return Math.max(ASK_AGAIN_MIN_SECONDS, Math.min(ASK_AGAIN_MAX_SECONDS, half));
    }
}
