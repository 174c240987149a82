package com.baokao.reconciliation;

import com.baokao.payment.ReceivedPayment;

/** The class of a statement line, or of a payment of Baokao's, after reconciliation. */
public enum ReconciliationOutcome {
    /** Not yet known: the provider lists a payment Baokao has not recorded; resolved one by one. */
    PENDING,
    /** Both sides agree (including a payment whose notification arrived while the job ran). */
    MATCHED,
    /** Paid at the provider, unpaid here: now recorded, the application PAID, the candidate told. */
    FIXED,
    /** Money Baokao must not keep (paid twice, after abandonment or the deadline): a refund is queued. */
    REFUND,
    /** The provider's amount differs from the order's or from what Baokao recorded: for an operator. */
    AMOUNT_MISMATCH,
    /** The provider lists an order number Baokao never issued: for an operator. */
    UNKNOWN_ORDER,
    /** Baokao recorded a payment that day that the provider does not list: for an operator. */
    MISSING_AT_PROVIDER,
    /** A line with another status than PAID (e.g. a refund the provider lists): counted, nothing to match. */
    NOT_A_PAYMENT;

    /** True for the classes an operator must look at. */
    public boolean exception() {
        return this == AMOUNT_MISMATCH || this == UNKNOWN_ORDER || this == MISSING_AT_PROVIDER;
    }

    /**
     * The class of a line whose transaction Baokao has recorded already, from what the record says; the
     * classification SQL in {@link StatementClassifier#classify} applies the same rule to all lines at once.
     */
    public static ReconciliationOutcome ofRecorded(String recordOutcome, boolean sameOrderAndAmount, boolean orderKnown) {
        return switch (recordOutcome) {
            case "APPLIED" -> sameOrderAndAmount ? MATCHED : AMOUNT_MISMATCH;
            case "REFUND" -> REFUND;
            default -> orderKnown ? AMOUNT_MISMATCH : UNKNOWN_ORDER;
        };
    }

    /** What recording a pending line decided, as a reconciliation class ({@code ALREADY_RECORDED}: see {@link #ofRecorded}). */
    public static ReconciliationOutcome of(ReceivedPayment decision, boolean orderKnown) {
        return switch (decision) {
            case APPLY -> FIXED;
            case ALREADY_RECORDED -> MATCHED;
            case REFUND -> REFUND;
            case EXCEPTION -> orderKnown ? AMOUNT_MISMATCH : UNKNOWN_ORDER;
        };
    }
}
