package com.baokao.desk;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The integrity pledge a candidate signed on paper at a desk, for one exam session: who received it, when and how. */
@Entity
@Table(name = "desk_pledge")
public class DeskPledge extends CandidateRow {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "review_point_id", nullable = false)
    private long reviewPointId;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_as", nullable = false)
    private PledgeReceipt receivedAs;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Column(name = "operator_name", nullable = false)
    private String operatorName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected DeskPledge() {
    }

    DeskPledge(long accountId, long sessionId, long reviewPointId, PledgeReceipt receivedAs, long operatorId,
               String operatorName, Instant receivedAt) {
        this.accountId = accountId;
        this.sessionId = sessionId;
        this.reviewPointId = reviewPointId;
        this.receivedAs = receivedAs;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.receivedAt = receivedAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public PledgeReceipt getReceivedAs() {
        return receivedAs;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
