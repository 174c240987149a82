package com.baokao.itest.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.baokao.demo.DemoLoadData;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registration-day benchmark in small (issue 18): Baokao on PostgreSQL with 60 load candidates and 10 places at
 * the burst site; 30 submissions through the API with their payments started, 20 at once for the 10 places, a few
 * page readers, anonymous home-page views; then the waiting room set to let 2 in at once and to hold the request of
 * the first in line, and 8 candidates through the API by 2 users, 8 more by 6 users, then 2 and 6 candidates through
 * the login form and the personal centre. No request may fail, the
 * anonymous home page must create no session, exactly 10 of the burst hold a place, the 6 users are held or answered
 * (429, or the waiting page) by the waiting room until let in, and every acknowledged submission is in the database exactly once.
 */
class RegistrationDaySmokeIT {

    private static final int CANDIDATES = 50;
    private static final int BURST = 20;
    private static final int PLACES = 10;
    private static final int OVERLOAD_CAPACITY = 2;
    private static final int OVERLOAD_CANDIDATES = 8;

    @Test
    void aSmallRegistrationDayLosesNothingAndNeverOverbooks() throws Exception {
        try (RegistrationDay day = RegistrationDay.start("smoke", CANDIDATES + 4 + 2 * OVERLOAD_CANDIDATES
                + 4 * OVERLOAD_CAPACITY, PLACES,
                List.of())) {
            RegistrationDay.Outcome outcome = day.simulate(Map.of("candidates", String.valueOf(CANDIDATES),
                    "burst", String.valueOf(BURST), "concurrency", "4", "homeSeconds", "3", "pageUsers", "4",
                    "pageViews", "3", "overloadCapacity", String.valueOf(OVERLOAD_CAPACITY),
                    "overloadCandidates", String.valueOf(OVERLOAD_CANDIDATES), "overloadFrontHeld", "1",
                    "overloadPageViews", "3"));
            outcome.figures().forEach(System.out::println);
            List<String> overload = RegistrationDay.overloadReport(outcome, OVERLOAD_CAPACITY, OVERLOAD_CANDIDATES);
            overload.forEach(System.out::println);
            assertThat(outcome.exitCode()).as("Gatling's verdict (no failed request); see " + day.work.resolve("gatling.log"))
                    .isZero();
            assertThat(outcome.of("submit").ok()).isEqualTo(CANDIDATES - BURST);
            assertThat(outcome.of("start payment").ok()).isEqualTo(CANDIDATES - BURST);
            assertThat(outcome.of("personal centre").ok()).isEqualTo(4 * 3);
            assertThat(outcome.of("home page (anonymous)").ok()).isPositive();
            String[] suffixes = RegistrationDaySimulation.OVERLOAD_SUFFIX;
            for (String suffix : List.of(suffixes[0], suffixes[1])) {
                assertThat(outcome.of("submit" + suffix).ok()).isEqualTo(OVERLOAD_CANDIDATES);
                assertThat(outcome.of("start payment" + suffix).ok()).isEqualTo(OVERLOAD_CANDIDATES);
            }
            // the pages: every user signed in, got into the centre, viewed it twice more and signed out
            assertThat(outcome.of("sign out" + suffixes[2]).ok()).isEqualTo(OVERLOAD_CAPACITY);
            assertThat(outcome.of("sign out" + suffixes[3]).ok()).isEqualTo(3 * OVERLOAD_CAPACITY);
            assertThat(outcome.of("personal centre" + suffixes[3]).ok()).isEqualTo(3 * OVERLOAD_CAPACITY * 2);
            List<String> rooms = Files.readAllLines(outcome.output().resolve("overload.csv"));
            // three times the capacity at once, one held at the front: the others of the first arrivals were told to wait
            assertThat(Long.parseLong(rooms.get(1).split(",")[1])).isGreaterThanOrEqualTo(2L * OVERLOAD_CAPACITY - 1);
            assertThat(Long.parseLong(rooms.get(1).split(",")[2])).isEqualTo(OVERLOAD_CANDIDATES);
            // the pages at three times the capacity: the ones past the held front saw the waiting page first
            assertThat(Long.parseLong(rooms.get(3).split(",")[1])).isGreaterThanOrEqualTo(2L * OVERLOAD_CAPACITY - 1);
            assertThat(Long.parseLong(rooms.get(3).split(",")[2])).isEqualTo(3L * OVERLOAD_CAPACITY);
            List<String> acknowledged = Files.readAllLines(outcome.output().resolve("acknowledged.csv"));
            assertThat(acknowledged).hasSize(CANDIDATES - BURST + PLACES + 2 * OVERLOAD_CANDIDATES);
            assertThat(day.check(outcome.output().resolve("acknowledged.csv"), DemoLoadData.BURST_SITE)).isEmpty();
        }
    }
}
