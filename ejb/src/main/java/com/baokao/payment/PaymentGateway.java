package com.baokao.payment;

import java.time.Instant;

/** The port to a third-party payment provider (docs/payment-protocol.md); {@link ProviderClient} implements it. */
public interface PaymentGateway {

    /** The provider's trade for an order, and the page the candidate pays on. */
    record Placed(String tradeNo, String payUrl) {
    }

    /** What the provider says of an order: WAITING, PAID, CANCELLED or EXPIRED, with the payment if PAID. */
    record ProviderStatus(String status, String transactionId, long amountFen, Instant paidAt) {

        public boolean paid() {
            return "PAID".equals(status);
        }
    }

    /** The provider's answer to a refund: its refund id, status (REFUNDED) and when it refunded. */
    record Refunded(String refundNo, String refundId, String status, long amountFen, Instant refundedAt) {
    }

    /** The provider is down or answered something Baokao cannot trust; the caller says "try again". */
    @jakarta.ejb.ApplicationException(rollback = true)
    class ProviderUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ProviderUnavailable(String message) {
            super(message);
        }
    }

    Placed place(String baseUrl, String orderNo, long amountFen, String subject, String notifyUrl, String returnUrl,
                 Instant expiresAt);

    ProviderStatus query(String baseUrl, String orderNo);

    /** Saves the provider's statement of one Asia/Shanghai day (docs/payment-protocol.md) to {@code target}. */
    void downloadStatement(String baseUrl, java.time.LocalDate day, java.nio.file.Path target);

    /**
     * Refunds {@code amountFen} of the provider transaction {@code transactionId}. Idempotent at the provider: the
     * same {@code refundNo} again answers the refund already made. A refusal or no answer is
     * {@link ProviderUnavailable} (the caller tries again later).
     */
    Refunded refund(String baseUrl, String refundNo, String transactionId, long amountFen, String reason);
}
