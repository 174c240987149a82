package com.baokao.sandbox;

import com.baokao.sandbox.FaultPlan.Dispatch;
import com.baokao.sandbox.FaultPlan.Mode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultPlanTest {

    private final FaultPlan<String> plan = new FaultPlan<>();

    @Test
    void withoutFaultsEachNotificationIsSentOnceAtOnce() {
        assertThat(plan.next("a")).containsExactly(new Dispatch<>("a", 0));
        assertThat(plan.mode()).isEqualTo(Mode.NONE);
    }

    @Test
    void dropAppliesToTheGivenNumberOfNotificationsOnly() {
        plan.set(Mode.DROP, 2, 0, 1);
        assertThat(plan.next("a")).isEmpty();
        assertThat(plan.next("b")).isEmpty();
        assertThat(plan.next("c")).containsExactly(new Dispatch<>("c", 0));
        assertThat(plan.mode()).isEqualTo(Mode.NONE);
    }

    @Test
    void delayWaitsBeforeSending() {
        plan.set(Mode.DELAY, 1, 1500, 1);
        assertThat(plan.next("a")).containsExactly(new Dispatch<>("a", 1500));
        assertThat(plan.next("b")).containsExactly(new Dispatch<>("b", 0));
    }

    @Test
    void duplicateSendsTheSameNotificationSeveralTimes() {
        plan.set(Mode.DUPLICATE, 1, 0, 3);
        assertThat(plan.next("a")).extracting(Dispatch::notification).containsExactly("a", "a", "a");
        assertThat(plan.next("b")).hasSize(1);
    }

    @Test
    void reorderHoldsOneAndSendsItAfterTheNext() {
        plan.set(Mode.REORDER, 1, 0, 1);
        assertThat(plan.next("first")).isEmpty();
        List<Dispatch<String>> sends = plan.next("second");
        assertThat(sends).extracting(Dispatch::notification).containsExactly("second", "first");
        assertThat(plan.next("third")).extracting(Dispatch::notification).containsExactly("third");
    }

    @Test
    void countZeroSwitchesFaultsOff() {
        plan.set(Mode.DROP, 0, 0, 1);
        assertThat(plan.mode()).isEqualTo(Mode.NONE);
        assertThat(plan.next("a")).hasSize(1);
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThatThrownBy(() -> plan.set(Mode.DELAY, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
