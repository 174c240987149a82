package com.baokao.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** Every business date and schedule is Asia/Shanghai, whatever zone the server runs in. */
@Dependent
public class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Dependent
    public Clock businessClock() {
        return Clock.system(ZONE);
    }
}
