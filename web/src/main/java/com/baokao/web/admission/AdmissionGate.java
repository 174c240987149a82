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
 * default 2000; 0 or less switches it off) and {@code baokao.admission.idle-seconds} (a pass not used for longer is
 * given back, default 300). Each server of a cluster has its own room (its own capacity).
 * <p>
 * {@code baokao.admission.test-key}, for automated tests only, lets a request that names the key change the
 * capacity and idle time at run time ({@code PUT /api/admission}); without it nothing can change them.
 */
@ApplicationScoped
public class AdmissionGate {

    static final String CAPACITY = "baokao.admission.capacity";
    static final String IDLE_SECONDS = "baokao.admission.idle-seconds";
    static final String TEST_KEY = "baokao.admission.test-key";
    static final int DEFAULT_CAPACITY = 2000;
    static final int DEFAULT_IDLE_SECONDS = 300;

    /** The waiting page asks again (and the API's Retry-After says) at most this often and at least this rarely. */
    static final int ASK_AGAIN_MIN_SECONDS = 2;
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
                + settings.idle().toSeconds() + " s idle"
                : "Waiting room: off (" + CAPACITY + " <= 0)");
    }

    /** The settings of the configuration (what a test's restore goes back to). */
    static WaitingRoom.Settings configured() {
        Config config = ConfigProvider.getConfig();
        int capacity = config.getOptionalValue(CAPACITY, Integer.class).orElse(DEFAULT_CAPACITY);
        int idle = config.getOptionalValue(IDLE_SECONDS, Integer.class).filter(s -> s > 0).orElse(DEFAULT_IDLE_SECONDS);
        return new WaitingRoom.Settings(capacity, Duration.ofSeconds(idle));
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
