package com.baokao.sandbox;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One refund the sandbox provider made of a paid trade; the merchant's refund number is unique per merchant. */
@Entity
@Table(name = "sandbox_refund")
@NamedQuery(name = SandboxRefund.BY_NUMBER,
        query = "select r from SandboxRefund r where r.merchant = :merchant and r.refundNo = :refundNo")
@NamedQuery(name = SandboxRefund.REFUNDED_OF_TRADE,
        query = "select coalesce(sum(r.amountFen), 0) from SandboxRefund r where r.tradeNo = :tradeNo")
public class SandboxRefund {

    public static final String BY_NUMBER = "SandboxRefund.byNumber";
    public static final String REFUNDED_OF_TRADE = "SandboxRefund.refundedOfTrade";
    public static final String REFUNDED = "REFUNDED";

    @Id
    @Column(name = "refund_id")
    private String refundId;

    @Column(name = "merchant", nullable = false)
    private String merchant;

    @Column(name = "refund_no", nullable = false)
    private String refundNo;

    @Column(name = "trade_no", nullable = false)
    private String tradeNo;

    @Column(name = "transaction_id", nullable = false)
    private String transactionId;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "reason")
    private String reason;

    @Column(name = "status", nullable = false)
    private String status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "refunded_at", nullable = false)
    private Instant refundedAt;

    protected SandboxRefund() {
    }

    SandboxRefund(String refundId, String merchant, String refundNo, SandboxTrade trade, long amountFen, String reason,
                  Instant refundedAt) {
        this.refundId = refundId;
        this.merchant = merchant;
        this.refundNo = refundNo;
        this.tradeNo = trade.getTradeNo();
        this.transactionId = trade.getTransactionId();
        this.amountFen = amountFen;
        this.reason = reason;
        this.status = REFUNDED;
        this.refundedAt = refundedAt;
    }

    public String getRefundId() {
        return refundId;
    }

    public String getRefundNo() {
        return refundNo;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getStatus() {
        return status;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }
}
