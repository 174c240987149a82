package com.baokao.itest.benchmark;

import org.junit.jupiter.api.Test;

/** Runs {@code com.baokao.itest.load.RegistrationDayLoad} from the benchmark profile (scripts/benchmark-registration-day.sh). */
class RegistrationDayBenchmark {

    @Test
    void registrationDay() throws Exception {
        com.baokao.itest.load.RegistrationDayLoad.main(new String[0]);
    }
}
