package com.baokao.payment;

/**
 * What Baokao does with a payment the provider reports (by notification, by status query or in the daily
 * statement). The decision depends only on what Baokao knows at that moment, so the notify endpoint, the query
 * that heals a dropped notification and the nightly reconciliation all decide alike.
 */
public enum ReceivedPayment {
    /** The first payment of the application's open order, for the right amount: the application becomes PAID. */
    APPLY,
    /** This provider transaction is already recorded (a duplicate or re-sent notification): nothing changes. */
    ALREADY_RECORDED,
    /** Money arrived that Baokao must not keep (paid twice, after abandonment, for a cancelled exam): refund. */
    REFUND,
    /** The provider's amount differs from the order's, or the order is unknown: an operator must look. */
    EXCEPTION;

    /** Where the application stands when a payment arrives. */
    public enum ApplicationState {
        AWAITING_PAYMENT,
        ALREADY_PAID,
        NO_LONGER_PAYABLE
    }

    /**
     * @param orderKnown      the order number is one of Baokao's
     * @param alreadyRecorded the provider's transaction id is already recorded
     * @param amountMatches   the provider's amount equals the order's
     * @param state           the application's state now
     */
    public static ReceivedPayment decide(boolean orderKnown, boolean alreadyRecorded, boolean amountMatches,
                                         ApplicationState state) {
        if (alreadyRecorded) {
            return ALREADY_RECORDED;
        }
        if (!orderKnown || !amountMatches) {
            return EXCEPTION;
        }
        return switch (state) {
            case AWAITING_PAYMENT -> APPLY;
            // never silently kept: a second payment, or one after abandonment or cancellation, goes back
            case ALREADY_PAID, NO_LONGER_PAYABLE -> REFUND;
        };
    }
}
