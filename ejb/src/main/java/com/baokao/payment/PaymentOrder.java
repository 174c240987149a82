package com.baokao.payment;

import com.baokao.application.Application;
import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Baokao's order for one application's fee at the provider; at most one is open per application. */
@Entity
@Table(name = "payment_order")
@NamedQuery(name = PaymentOrder.BY_NUMBER, query = "select o from PaymentOrder o where o.orderNo = :no")
@NamedQuery(name = PaymentOrder.OPEN_FOR, query = "select o from PaymentOrder o where o.openForApplication = :application")
public class PaymentOrder extends CandidateRow {

    public static final String BY_NUMBER = "PaymentOrder.byNumber";
    public static final String OPEN_FOR = "PaymentOrder.openFor";

    public enum Status {
        OPEN,
        PAID,
        SUPERSEDED,
        EXPIRED
    }

    @Column(name = "order_no", nullable = false)
    private String orderNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "open_for_application")
    private Long openForApplication;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "trade_no")
    private String tradeNo;

    @Column(name = "pay_url")
    private String payUrl;

    @Column(name = "provider_url", nullable = false)
    private String providerUrl;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PaymentOrder() {
    }

    public PaymentOrder(String orderNo, Application application, long amountFen, String providerUrl, Instant expiresAt,
                        Instant createdAt) {
        this.orderNo = orderNo;
        this.providerUrl = providerUrl;
        this.application = application;
        this.openForApplication = application.getId();
        this.amountFen = amountFen;
        this.status = Status.OPEN;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    void placed(String tradeNo, String payUrl) {
        this.tradeNo = tradeNo;
        this.payUrl = payUrl;
    }

    void paid(Instant at) {
        this.status = Status.PAID;
        this.paidAt = at;
        this.openForApplication = null;
    }

    void superseded() {
        if (status == Status.OPEN) {
            this.status = Status.SUPERSEDED;
            this.openForApplication = null;
        }
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Application getApplication() {
        return application;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public Status getStatus() {
        return status;
    }

    public String getTradeNo() {
        return tradeNo;
    }

    public String getPayUrl() {
        return payUrl;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getProviderUrl() {
        return providerUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
