package com.baokao.payment;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Money Baokao must give back (a second payment, one after abandonment, a cancelled session or subject): queued,
 * never silently kept, then carried out at the provider by {@link RefundExecutor}. QUEUED until the provider has
 * refunded it (DONE) or it failed {@link RefundRetry#MAX_ATTEMPTS} times (FAILED, for an operator). Its
 * {@code refundKey} names its cause, so the same cause never queues two refunds.
 */
@Entity
@Table(name = "refund_request")
public class RefundRequest extends CandidateRow {

    public static final String QUEUED = "QUEUED";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

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

    @Column(name = "refund_key", nullable = false)
    private String refundKey;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Convert(converter = InstantConverter.class)
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "provider_refund_id")
    private String providerRefundId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RefundRequest() {
    }

    RefundRequest(PaymentRecord record, String reason, Instant createdAt) {
        this(record, record.getAmountFen(), reason, "PAYMENT:" + record.getId(), null, createdAt);
    }

    RefundRequest(PaymentRecord record, long amountFen, String reason, String refundKey, Long subjectId, Instant createdAt) {
        this.paymentRecordId = record.getId();
        this.applicationId = record.getApplicationId();
        this.amountFen = amountFen;
        this.reason = reason;
        this.status = QUEUED;
        this.createdAt = createdAt;
        this.refundKey = refundKey;
        this.subjectId = subjectId;
    }

    /** The refund number sent to the provider: derived from the id, so a retry after a crash asks for the same refund. */
    public String refundNo() {
        return "RF" + getId();
    }

    void done(String providerRefundId, Instant refundedAt, Instant now) {
        this.status = DONE;
        this.providerRefundId = providerRefundId;
        this.refundedAt = refundedAt;
        this.finishedAt = now;
        this.nextAttemptAt = null;
    }

    void failedAttempt(String error, RefundRetry.Decision decision, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (decision.giveUp()) {
            this.status = FAILED;
            this.finishedAt = now;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = decision.nextAttemptAt();
        }
    }

    public long getPaymentRecordId() {
        return paymentRecordId;
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

    public String getRefundKey() {
        return refundKey;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getProviderRefundId() {
        return providerRefundId;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }
}
