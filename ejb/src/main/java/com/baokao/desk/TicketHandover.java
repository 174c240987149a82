package com.baokao.desk;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An admission ticket printed at the desk and handed to the candidate, whose ID the operator checked. */
@Entity
@Table(name = "ticket_handover")
public class TicketHandover extends CandidateRow {

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Column(name = "operator_name", nullable = false)
    private String operatorName;

    @Column(name = "id_checked", nullable = false)
    private boolean idChecked;

    @Convert(converter = InstantConverter.class)
    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;

    protected TicketHandover() {
    }

    TicketHandover(long applicationId, long operatorId, String operatorName, Instant handedAt) {
        this.applicationId = applicationId;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.idChecked = true;
        this.handedAt = handedAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public Instant getHandedAt() {
        return handedAt;
    }
}
