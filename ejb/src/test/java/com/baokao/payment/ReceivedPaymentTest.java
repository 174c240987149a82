package com.baokao.payment;

import static com.baokao.payment.ReceivedPayment.ApplicationState.ALREADY_PAID;
import static com.baokao.payment.ReceivedPayment.ApplicationState.AWAITING_PAYMENT;
import static com.baokao.payment.ReceivedPayment.ApplicationState.NO_LONGER_PAYABLE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DESIGN: "A payment that arrives after ABANDONED or after a previous payment is kept and refunded automatically." */
class ReceivedPaymentTest {

    @Test
    void theFirstPaymentOfTheRightAmountIsApplied() {
        assertThat(ReceivedPayment.decide(true, false, true, AWAITING_PAYMENT)).isEqualTo(ReceivedPayment.APPLY);
    }

    @Test
    void aRepeatedNotificationChangesNothingWhateverElseHolds() {
        for (ReceivedPayment.ApplicationState state : ReceivedPayment.ApplicationState.values()) {
            assertThat(ReceivedPayment.decide(true, true, true, state)).isEqualTo(ReceivedPayment.ALREADY_RECORDED);
            assertThat(ReceivedPayment.decide(false, true, false, state)).isEqualTo(ReceivedPayment.ALREADY_RECORDED);
        }
    }

    @Test
    void aSecondPaymentOrOneAfterAbandonmentIsRefundedNeverKept() {
        assertThat(ReceivedPayment.decide(true, false, true, ALREADY_PAID)).isEqualTo(ReceivedPayment.REFUND);
        assertThat(ReceivedPayment.decide(true, false, true, NO_LONGER_PAYABLE)).isEqualTo(ReceivedPayment.REFUND);
    }

    @Test
    void anUnknownOrderOrAWrongAmountGoesToAnOperator() {
        for (ReceivedPayment.ApplicationState state : ReceivedPayment.ApplicationState.values()) {
            assertThat(ReceivedPayment.decide(false, false, true, state)).isEqualTo(ReceivedPayment.EXCEPTION);
            assertThat(ReceivedPayment.decide(true, false, false, state)).isEqualTo(ReceivedPayment.EXCEPTION);
        }
    }
}
