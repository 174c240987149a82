package com.baokao.reconciliation;

import java.io.Serializable;
import java.time.Instant;

/** One well-formed line of the provider's daily statement, with its line number in the file (1 = header). */
public record StatementEntry(long lineNo, String transactionId, String orderNo, long amountFen, String status,
                             Instant paidAt) implements Serializable {

    public static final String PAID = "PAID";

    public boolean payment() {
        return PAID.equals(status);
    }
}
