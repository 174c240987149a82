package com.baokao.schedule;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTriggerTest {

    /** A trigger as a job's bean writes one: only what is due. */
    static class CountingTrigger extends ScheduleTrigger {
        int ticks;
        Duration after = Duration.ofSeconds(30);

        @Override
        protected void tick() {
            ticks++;
        }

        @Override
        protected Duration catchUpAfter() {
            return after;
        }
    }

    /** The timers asked of the container: (delay in ms, config). */
    private static TimerService recording(List<Object[]> created) {
        return (TimerService) Proxy.newProxyInstance(ScheduleTriggerTest.class.getClassLoader(),
                new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createSingleActionTimer")) {
                        created.add(args);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void startUpAsksForOneCatchUpTickThatDoesNotOutliveTheServer() {
        List<Object[]> created = new ArrayList<>();
        CountingTrigger trigger = new CountingTrigger();
        trigger.after = Duration.ofSeconds(25);
        trigger.timers = recording(created);

        trigger.scheduleCatchUp();

        assertThat(created).hasSize(1);
        assertThat(created.get(0)[0]).isEqualTo(25_000L);
        TimerConfig config = (TimerConfig) created.get(0)[1];
        assertThat(config.isPersistent()).isFalse();
        assertThat(config.getInfo()).isEqualTo(ScheduleTrigger.CATCH_UP);
        assertThat(trigger.ticks).isZero();
    }

    @Test
    void anOperatorsSettingGivesEveryTriggerOneCatchUpDelay() {
        List<Object[]> created = new ArrayList<>();
        CountingTrigger trigger = new CountingTrigger();
        trigger.after = Duration.ofSeconds(25);
        trigger.timers = recording(created);
        trigger.configuredCatchUpAfter = java.util.Optional.of(8L);
        trigger.scheduleCatchUp();
        trigger.configuredCatchUpAfter = java.util.Optional.of(-1L); // nonsense: the trigger's own delay
        trigger.scheduleCatchUp();

        assertThat(created).extracting(args -> args[0]).containsExactly(8_000L, 25_000L);
    }

    @Test
    void theCatchUpTimerTicks() {
        CountingTrigger trigger = new CountingTrigger();
        trigger.catchUp();
        assertThat(trigger.ticks).isEqualTo(1);
    }

    @Test
    void triggersCatchUpHalfAMinuteAfterStartUnlessTheySayOtherwise() {
        ScheduleTrigger plain = new ScheduleTrigger() {
            @Override
            protected void tick() {
            }
        };
        assertThat(plain.catchUpAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(new DeadlineSchedules().catchUpAfter()).isEqualTo(Duration.ofSeconds(20));
    }
}
