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
 * page readers, anonymous home-page views. No request may fail, the anonymous home page must create no session,
 * exactly 10 of the burst hold a place, and every acknowledged submission is in the database exactly once.
 */
class RegistrationDaySmokeIT {

    private static final int CANDIDATES = 50;
    private static final int BURST = 20;
    private static final int PLACES = 10;

    @Test
    void aSmallRegistrationDayLosesNothingAndNeverOverbooks() throws Exception {
        try (RegistrationDay day = RegistrationDay.start("smoke", CANDIDATES + 4, PLACES, List.of())) {
            RegistrationDay.Outcome outcome = day.simulate(Map.of("candidates", String.valueOf(CANDIDATES),
                    "burst", String.valueOf(BURST), "concurrency", "4", "homeSeconds", "3", "pageUsers", "4",
                    "pageViews", "3"));
            outcome.figures().forEach(System.out::println);
            assertThat(outcome.exitCode()).as("Gatling's verdict (no failed request); see " + day.work.resolve("gatling.log"))
                    .isZero();
            assertThat(outcome.of("submit").ok()).isEqualTo(CANDIDATES - BURST);
            assertThat(outcome.of("start payment").ok()).isEqualTo(CANDIDATES - BURST);
            assertThat(outcome.of("personal centre").ok()).isEqualTo(4 * 3);
            assertThat(outcome.of("home page (anonymous)").ok()).isPositive();
            List<String> acknowledged = Files.readAllLines(outcome.output().resolve("acknowledged.csv"));
            assertThat(acknowledged).hasSize(CANDIDATES - BURST + PLACES);
            assertThat(day.check(outcome.output().resolve("acknowledged.csv"), DemoLoadData.BURST_SITE)).isEmpty();
        }
    }
}
