package com.baokao.admission;

import com.baokao.admission.WaitingRoom.Admitted;
import com.baokao.admission.WaitingRoom.Settings;
import com.baokao.admission.WaitingRoom.Verdict;
import com.baokao.admission.WaitingRoom.Waiting;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingRoomTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();

    private WaitingRoom room(int capacity, int idleSeconds) {
        return new WaitingRoom(clock, new Settings(capacity, Duration.ofSeconds(idleSeconds)));
    }

    private static Waiting waiting(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Waiting.class);
        return (Waiting) verdict;
    }

    @Test
    void upToCapacityEveryoneIsInAndKeepsThePassWhileActive() {
        WaitingRoom room = room(3, 300);
        for (String v : List.of("a", "b", "c")) {
            assertThat(room.enter(v)).isInstanceOf(Admitted.class);
        }
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(200));
            assertThat(room.enter("a")).as("active within the idle time").isInstanceOf(Admitted.class);
            assertThat(room.enter("b")).isInstanceOf(Admitted.class);
            assertThat(room.enter("c")).isInstanceOf(Admitted.class);
        }
        assertThat(room.snapshot().admitted()).isEqualTo(3);
        assertThat(room.snapshot().waiting()).isZero();
    }

    @Test
    void arrivalsPastCapacityWaitInArrivalOrderAndTheHeadGetsInFirst() {
        WaitingRoom room = room(2, 300);
        room.enter("a");
        room.enter("b");
        Waiting c = waiting(room.enter("c"));
        Waiting d = waiting(room.enter("d"));
        Waiting e = waiting(room.enter("e"));
        assertThat(List.of(c.position(), d.position(), e.position())).containsExactly(1L, 2L, 3L);
        assertThat(c.number()).isLessThan(d.number());

        room.leave("a");
        // the pass is kept for c: neither a newcomer nor d (asking first) takes it
        assertThat(waiting(room.enter("f")).position()).isEqualTo(3);
        assertThat(waiting(room.enter("d")).position()).isEqualTo(1);
        assertThat(room.enter("c")).isInstanceOf(Admitted.class);
        assertThat(waiting(room.enter("e")).position()).isEqualTo(2);

        room.leave("b");
        assertThat(room.enter("e")).as("d's pass is kept").isInstanceOf(Waiting.class);
        assertThat(room.enter("d")).isInstanceOf(Admitted.class);
        assertThat(waiting(room.enter("e")).position()).isEqualTo(1);
        assertThat(waiting(room.enter("f")).position()).isEqualTo(2);
    }

    @Test
    void anIdlePassIsGivenBackAndFreesASlotForTheHeadOfTheLine() {
        WaitingRoom room = new WaitingRoom(clock, new Settings(2, Duration.ofSeconds(300), Duration.ofSeconds(600)));
        room.enter("a");
        room.enter("b");
        waiting(room.enter("c"));
        clock.advance(Duration.ofSeconds(20));
        room.enter("b");
        waiting(room.enter("c"));
        clock.advance(Duration.ofSeconds(290));
        // a has been idle 310 s, b 290 s
        assertThat(room.enter("c")).isInstanceOf(Admitted.class);
        assertThat(room.enter("b")).isInstanceOf(Admitted.class);
        Verdict a = room.enter("a");
        assertThat(a).as("a lost the pass and queues like a newcomer").isInstanceOf(Waiting.class);
        assertThat(room.snapshot().admitted()).isEqualTo(2);
    }

    @Test
    void aVisitorBackAfterTheIdleTimeLosesThePassEvenBeforeTheSweep() {
        WaitingRoom room = room(1, 60);
        room.enter("a");
        clock.advance(Duration.ofSeconds(61));
        // nobody waits: a comes back and gets a (fresh) pass again
        assertThat(room.enter("a")).isInstanceOf(Admitted.class);
        assertThat(room.snapshot().admitted()).isEqualTo(1);
    }

    @Test
    void signingOutFreesThePassAtOnce() {
        WaitingRoom room = room(1, 300);
        room.enter("a");
        waiting(room.enter("b"));
        room.leave("a");
        assertThat(room.enter("b")).isInstanceOf(Admitted.class);
        assertThat(room.holdsPass("a")).isFalse();
        assertThat(room.holdsPass("b")).isTrue();
    }

    @Test
    void aWaiterWhoStopsAskingGivesUpTheirPlaceAndTheNextMovesUp() {
        WaitingRoom room = new WaitingRoom(clock, new Settings(1, Duration.ofSeconds(300), Duration.ofSeconds(30)));
        room.enter("a");
        waiting(room.enter("b"));
        waiting(room.enter("c"));
        clock.advance(Duration.ofSeconds(20));
        assertThat(waiting(room.enter("c")).position()).isEqualTo(2);
        room.enter("a");
        clock.advance(Duration.ofSeconds(20));
        // b has not asked for 40 s
        assertThat(waiting(room.enter("c")).position()).isEqualTo(1);
        assertThat(room.snapshot().waiting()).isEqualTo(1);

        // a called waiter who never comes back: the kept pass goes on to the next one
        room.leave("a");
        waiting(room.enter("d"));
        clock.advance(Duration.ofSeconds(20));
        waiting(room.enter("d"));
        clock.advance(Duration.ofSeconds(20));
        assertThat(room.enter("d")).isInstanceOf(Admitted.class);
    }

    @Test
    void theEstimateFollowsTheObservedRateOfPassesComingFree() {
        WaitingRoom room = room(10, 100);
        for (int i = 0; i < 10; i++) {
            room.enter("in" + i);
        }
        // nothing observed yet: a full room frees capacity / idle = 0.1 a second
        Waiting first = waiting(room.enter("w0"));
        assertThat(first.estimatedWait()).isEqualTo(Duration.ofSeconds(10));
        for (int i = 1; i < 20; i++) {
            waiting(room.enter("w" + i));
        }
        assertThat(waiting(room.enter("w19")).estimatedWait()).isEqualTo(Duration.ofSeconds(200));

        // one pass freed every 2 s: 0.5 a second
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(2));
            room.leave("in" + i);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(room.enter("w" + i)).isInstanceOf(Admitted.class);
        }
        Waiting later = waiting(room.enter("w19"));
        assertThat(later.position()).isEqualTo(15);
        // 5 freed in the 8 s since the first of them: 0.625 a second, 15 ahead → 24 s
        assertThat(room.snapshot().passesFreedPerSecond()).isEqualTo(0.625);
        assertThat(later.estimatedWait()).isEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void offLetsEveryoneInAndRaisingTheCapacityCallsTheLine() {
        WaitingRoom off = room(0, 300);
        for (int i = 0; i < 100; i++) {
            assertThat(off.enter("v" + i)).isInstanceOf(Admitted.class);
        }
        assertThat(off.snapshot().admitted()).isZero();

        WaitingRoom room = room(1, 300);
        room.enter("a");
        waiting(room.enter("b"));
        waiting(room.enter("c"));
        room.reconfigure(new Settings(2, Duration.ofSeconds(300)));
        assertThat(room.enter("c")).as("b's turn, not c's").isInstanceOf(Waiting.class);
        assertThat(room.enter("b")).isInstanceOf(Admitted.class);
        room.reconfigure(new Settings(1, Duration.ofSeconds(300)));
        room.leave("a");
        assertThat(room.enter("c")).as("still one pass too many").isInstanceOf(Waiting.class);
        room.leave("b");
        assertThat(room.enter("c")).isInstanceOf(Admitted.class);
    }

    @Test
    void settingsMustMakeSense() {
        assertThatThrownBy(() -> new Settings(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentArrivalsNeverAdmitMoreThanTheCapacity() throws Exception {
        WaitingRoom room = room(50, 300);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> admitted = ConcurrentHashMap.newKeySet();
        AtomicInteger waited = new AtomicInteger();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    String key = "t" + thread + "-" + i;
                    if (room.enter(key) instanceof Admitted) {
                        admitted.add(key);
                        // the admitted come back many times; none of that costs anyone a pass
                        for (int again = 0; again < 20; again++) {
                            assertThat(room.enter(key)).isInstanceOf(Admitted.class);
                        }
                    } else {
                        waited.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (var future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(admitted).hasSize(50);
        assertThat(waited.get()).isEqualTo(350);
        assertThat(room.snapshot().waiting()).isEqualTo(350);
    }

    private WaitingRoom holdingRoom(int capacity, int frontHeld, Duration hold) {
        return new WaitingRoom(clock, new Settings(capacity, Duration.ofSeconds(300), WaitingRoom.DEFAULT_PLACE_KEPT,
                frontHeld, hold));
    }

    @Test
    void aRequestAtTheFrontIsHeldAndLetInTheMomentAPassComesFree() throws Exception {
        WaitingRoom room = holdingRoom(1, 2, Duration.ofSeconds(20));
        assertThat(room.enter("a")).isInstanceOf(Admitted.class);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            var next = pool.submit(() -> room.enter("b"));
            // b is held, not answered: it waits for a's pass
            while (room.snapshot().waiting() == 0) {
                Thread.sleep(5);
            }
            assertThat(next.isDone()).isFalse();
            long signedOut = System.nanoTime();
            room.leave("a");
            assertThat(next.get(5, TimeUnit.SECONDS)).isInstanceOf(Admitted.class);
            assertThat(Duration.ofNanos(System.nanoTime() - signedOut)).isLessThan(Duration.ofSeconds(2));
            assertThat(room.holdsPass("b")).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHeldRequestNotLetInWithinTheHoldIsToldItsPlace() {
        WaitingRoom room = holdingRoom(1, 2, Duration.ofMillis(150));
        room.enter("a");
        long asked = System.nanoTime();
        Waiting b = waiting(room.enter("b"));
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(b.position()).isEqualTo(1);
    }

    @Test
    void onlyTheFrontOfTheLineIsHeldTheRestAreAnsweredAtOnce() {
        WaitingRoom room = holdingRoom(1, 2, Duration.ofSeconds(30));
        room.enter("a");
        room.enter("b", false);
        room.enter("c", false);
        long asked = System.nanoTime();
        // third in line: past the two held at the front, so answered at once, not after 30 s
        assertThat(waiting(room.enter("d")).position()).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHoldMustMakeSense() {
        assertThatThrownBy(() -> new Settings(5, Duration.ofSeconds(1), Duration.ofSeconds(1), -1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(5, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(5, Duration.ofSeconds(1), Duration.ofSeconds(10), 1, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Settings(5, Duration.ofSeconds(1)).holds()).isFalse();
    }
}
