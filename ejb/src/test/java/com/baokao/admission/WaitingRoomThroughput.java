package com.baokao.admission;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests a second the rule decides on this machine (not a unit test; run by hand):
 * {@code java -cp ejb/target/classes:ejb/target/test-classes com.baokao.admission.WaitingRoomThroughput [threads]}.
 * A full room of 2,000 pass holders asking again, and as many again waiting and asking, on every thread at once.
 */
public final class WaitingRoomThroughput {

    private WaitingRoomThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int capacity = 2000;
        WaitingRoom room = new WaitingRoom(Clock.systemUTC(), new WaitingRoom.Settings(capacity, Duration.ofSeconds(300)));
        for (int i = 0; i < 2 * capacity; i++) {
            room.enter("v" + i);
        }
        for (String kind : new String[] {"admitted", "waiting"}) {
            int offset = kind.equals("admitted") ? 0 : capacity;
            LongAdder decided = new LongAdder();
            CountDownLatch done = new CountDownLatch(threads);
            long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                new Thread(() -> {
                    long n = 0;
                    int i = seed * 7919;
                    while (System.nanoTime() < end) {
                        for (int k = 0; k < 1000; k++) {
                            room.enter("v" + (offset + (i++ % capacity)));
                        }
                        n += 1000;
                    }
                    decided.add(n);
                    done.countDown();
                }).start();
            }
            done.await();
            System.out.printf("%s visitors: %,d decisions/s on %d threads%n", kind, decided.sum() / 3, threads);
        }
        System.out.println(room.snapshot());
    }
}
