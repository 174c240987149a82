package com.baokao.sandbox;

import java.time.Instant;

/** A refund as the provider's answer shows it. */
public record RefundView(String refundNo, String refundId, String transactionId, long amountFen, String status,
                         Instant refundedAt) {

    static RefundView of(SandboxRefund refund) {
        return new RefundView(refund.getRefundNo(), refund.getRefundId(), refund.getTransactionId(), refund.getAmountFen(),
                refund.getStatus(), refund.getRefundedAt());
    }
}
