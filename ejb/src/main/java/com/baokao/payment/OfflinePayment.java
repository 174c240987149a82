package com.baokao.payment;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A fee taken at a registration point's desk: the operator, method, amount and slip number behind the payment record
 * (source DESK) that moved the application to PAID. The day's takings report counts these.
 */
@Entity
@Table(name = "desk_payment")
public class OfflinePayment extends CandidateRow {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "review_point_id", nullable = false)
    private long reviewPointId;

    @Column(name = "order_no", nullable = false)
    private String orderNo;

    @Column(name = "transaction_id", nullable = false)
    private String transactionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private OfflineMethod method;

    @Column(name = "slip_number", nullable = false)
    private String slipNumber;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Column(name = "operator_name", nullable = false)
    private String operatorName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected OfflinePayment() {
    }

    OfflinePayment(long applicationId, long reviewPointId, String orderNo, String transactionId, OfflineMethod method,
                   String slipNumber, long amountFen, long operatorId, String operatorName, Instant takenAt) {
        this.applicationId = applicationId;
        this.reviewPointId = reviewPointId;
        this.orderNo = orderNo;
        this.transactionId = transactionId;
        this.method = method;
        this.slipNumber = slipNumber;
        this.amountFen = amountFen;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.takenAt = takenAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getReviewPointId() {
        return reviewPointId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public OfflineMethod getMethod() {
        return method;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public long getOperatorId() {
        return operatorId;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
