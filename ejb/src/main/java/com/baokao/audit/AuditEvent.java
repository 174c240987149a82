package com.baokao.audit;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the append-only audit trail: who did what to which thing, when. Immutable: no setters,
 * every column {@code updatable = false}, and no service offers an update or a delete.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.FOR_SUBJECT,
        query = "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.occurredAt desc, e.id desc")
public class AuditEvent {

    public static final String FOR_SUBJECT = "AuditEvent.forSubject";

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Long actorAccountId, String actor, String action, String subjectType,
               String subjectId, String summary) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary;
    }

    AuditEntry entry() {
        return new AuditEntry(id, occurredAt, actorAccountId, actor, action, subjectType, subjectId, summary);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getSummary() {
        return summary;
    }
}
