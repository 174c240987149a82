package com.baokao.payment;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One provider transaction as Baokao recorded it, and what became of it (applied, to refund, for an operator). */
@Entity
@Table(name = "payment_record")
@jakarta.persistence.NamedQuery(name = PaymentRecord.APPLIED_TO, query = "select r from PaymentRecord r"
        + " where r.applicationId = :application and r.outcome = :applied order by r.id")
public class PaymentRecord extends CandidateRow {

    public static final String APPLIED_TO = "PaymentRecord.appliedTo";

    public enum Source {
        NOTIFY,
        QUERY,
        STATEMENT,
        /** Taken at a registration point's desk (现场缴费), recorded by the operator. */
        DESK
    }

    public enum Outcome {
        APPLIED,
        REFUND,
        EXCEPTION
    }

    @Column(name = "transaction_id", nullable = false)
    private String transactionId;

    @Column(name = "order_no", nullable = false)
    private String orderNo;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Convert(converter = InstantConverter.class)
    @Column(name = "paid_at")
    private Instant paidAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "source", nullable = false)
    private Source source;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private Outcome outcome;

    @Column(name = "detail")
    private String detail;

    protected PaymentRecord() {
    }

    PaymentRecord(ReportedPayment payment, Long applicationId, Instant recordedAt, Source source, Outcome outcome,
                  String detail) {
        this.transactionId = payment.transactionId();
        this.orderNo = payment.orderNo();
        this.applicationId = applicationId;
        this.amountFen = payment.amountFen();
        this.paidAt = payment.paidAt();
        this.recordedAt = recordedAt;
        this.source = source;
        this.outcome = outcome;
        this.detail = detail;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    /** When the provider says it was paid; {@code null} if it did not say. */
    public Instant getPaidAt() {
        return paidAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Source getSource() {
        return source;
    }
}
