package com.baokao.payment;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Money Baokao must give back (a second payment, one after abandonment): queued, never silently kept. */
@Entity
@Table(name = "refund_request")
public class RefundRequest extends CandidateRow {

    @Column(name = "payment_record_id", nullable = false)
    private long paymentRecordId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "status", nullable = false)
    private String status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RefundRequest() {
    }

    RefundRequest(PaymentRecord record, String reason, Instant createdAt) {
        this.paymentRecordId = record.getId();
        this.applicationId = record.getApplicationId();
        this.amountFen = record.getAmountFen();
        this.reason = reason;
        this.status = "QUEUED";
        this.createdAt = createdAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getReason() {
        return reason;
    }

    public String getStatus() {
        return status;
    }
}
