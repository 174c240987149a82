package com.baokao.sandbox;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One order a merchant placed with the sandbox provider, and what became of it. */
@Entity
@Table(name = "sandbox_trade")
@NamedQuery(name = SandboxTrade.BY_ORDER,
        query = "select t from SandboxTrade t where t.merchant = :merchant and t.orderNo = :orderNo")
@NamedQuery(name = SandboxTrade.BY_TRANSACTION,
        query = "select t from SandboxTrade t where t.merchant = :merchant and t.transactionId = :transactionId")
@NamedQuery(name = SandboxTrade.PAID_BETWEEN,
        query = "select t from SandboxTrade t where t.merchant = :merchant and t.status = com.baokao.sandbox.SandboxTrade.Status.PAID"
                + " and t.paidAt >= :from and t.paidAt < :to order by t.paidAt, t.tradeNo")
public class SandboxTrade {

    public static final String BY_ORDER = "SandboxTrade.byOrder";
    public static final String BY_TRANSACTION = "SandboxTrade.byTransaction";
    public static final String PAID_BETWEEN = "SandboxTrade.paidBetween";

    public enum Status { WAITING, PAID, CANCELLED, EXPIRED }

    @Id
    @Column(name = "trade_no")
    private String tradeNo;

    @Column(name = "merchant", nullable = false)
    private String merchant;

    @Column(name = "order_no", nullable = false)
    private String orderNo;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "notify_url", nullable = false)
    private String notifyUrl;

    @Column(name = "return_url", nullable = false)
    private String returnUrl;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "transaction_id")
    private String transactionId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "paid_at")
    private Instant paidAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SandboxTrade() {
    }

    SandboxTrade(String tradeNo, SandboxOrder order, Instant createdAt) {
        this.tradeNo = tradeNo;
        this.merchant = order.merchant();
        this.orderNo = order.orderNo();
        this.amountFen = order.amountFen();
        this.subject = order.subject();
        this.notifyUrl = order.notifyUrl();
        this.returnUrl = order.returnUrl();
        this.expiresAt = order.expiresAt();
        this.status = Status.WAITING;
        this.createdAt = createdAt;
    }

    /** The status as a reader should see it: a waiting trade past its expiry is expired even before anyone touches it. */
    public Status statusAt(Instant now) {
        return status == Status.WAITING && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
    }

    boolean sameOrder(SandboxOrder order) {
        return amountFen == order.amountFen();
    }

    void paid(String transactionId, Instant now) {
        this.status = Status.PAID;
        this.transactionId = transactionId;
        this.paidAt = now;
    }

    void close(Status finalStatus) {
        this.status = finalStatus;
    }

    public String getTradeNo() {
        return tradeNo;
    }

    public String getMerchant() {
        return merchant;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getSubject() {
        return subject;
    }

    public String getNotifyUrl() {
        return notifyUrl;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
