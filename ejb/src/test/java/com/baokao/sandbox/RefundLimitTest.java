package com.baokao.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundLimitTest {

    @Test
    void aRefundUpToWhatIsLeftOfThePaymentIsAllowed() {
        assertThat(RefundLimit.allowed(17500, 0, 17500)).isTrue();
        assertThat(RefundLimit.allowed(35000, 17500, 17500)).isTrue();
        assertThat(RefundLimit.allowed(35000, 0, 1)).isTrue();
    }

    @Test
    void moreThanWasPaidCountingEarlierRefundsIsRefused() {
        assertThat(RefundLimit.allowed(17500, 0, 17501)).isFalse();
        assertThat(RefundLimit.allowed(35000, 17500, 17501)).isFalse();
        assertThat(RefundLimit.allowed(17500, 17500, 1)).isFalse();
    }

    @Test
    void nothingOrANegativeAmountIsNoRefund() {
        assertThat(RefundLimit.allowed(17500, 0, 0)).isFalse();
        assertThat(RefundLimit.allowed(17500, 0, -100)).isFalse();
        assertThat(RefundLimit.allowed(17500, -1, 100)).isFalse();
    }
}
