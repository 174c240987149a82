package com.baokao.audit;

import java.io.Serializable;
import java.time.Instant;

/** One line of the audit trail as pages and reports read it (the stored {@link AuditEvent} stays inside). */
public record AuditEntry(long id, Instant occurredAt, Long actorAccountId, String actor, String action,
                         String subjectType, String subjectId, String summary) implements Serializable {
}
