package com.baokao.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderFaultsTest {

    @Test
    void answersNormallyUntilToldOtherwise() {
        ProviderFaults faults = new ProviderFaults();
        assertThat(faults.next()).isEqualTo(new ProviderFaults.Action(0, false));
        assertThat(faults.mode()).isEqualTo(ProviderFaults.Mode.NONE);
    }

    @Test
    void slowForTheNextCallsThenNormalAgain() {
        ProviderFaults faults = new ProviderFaults();
        faults.set(ProviderFaults.Mode.SLOW, 2, 3_000);
        assertThat(faults.next()).isEqualTo(new ProviderFaults.Action(3_000, false));
        assertThat(faults.next()).isEqualTo(new ProviderFaults.Action(3_000, false));
        assertThat(faults.next()).isEqualTo(new ProviderFaults.Action(0, false));
        assertThat(faults.mode()).isEqualTo(ProviderFaults.Mode.NONE);
    }

    @Test
    void downRefusesAndCanBeCalledOff() {
        ProviderFaults faults = new ProviderFaults();
        faults.set(ProviderFaults.Mode.DOWN, 100, 0);
        assertThat(faults.next().refuse()).isTrue();
        faults.set(ProviderFaults.Mode.NONE, 0, 0);
        assertThat(faults.next().refuse()).isFalse();
    }

    @Test
    void refusesANegativeOrEndlessPlan() {
        ProviderFaults faults = new ProviderFaults();
        assertThatThrownBy(() -> faults.set(ProviderFaults.Mode.SLOW, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.set(ProviderFaults.Mode.SLOW, 1, 600_000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(faults.mode()).isEqualTo(ProviderFaults.Mode.NONE);
    }
}
