package com.baokao.sandbox;

/** What a provider refunds of a transaction: more than nothing, and never more than was paid, counting earlier refunds. */
public final class RefundLimit {

    private RefundLimit() {
    }

    /**
     * @param paidFen          the transaction's amount
     * @param alreadyRefunded  what earlier refunds of it gave back
     * @param requestedFen     this refund
     */
    public static boolean allowed(long paidFen, long alreadyRefunded, long requestedFen) {
        return requestedFen > 0 && alreadyRefunded >= 0 && requestedFen <= paidFen - alreadyRefunded;
    }
}
