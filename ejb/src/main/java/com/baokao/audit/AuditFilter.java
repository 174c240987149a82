package com.baokao.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an administrator narrows the audit trail to: free text (action, subject type or summary), the actor, one action
 * code, the object (type and/or id) and the days (Asia/Shanghai, both inclusive). A blank or null part filters nothing.
 */
public record AuditFilter(String text, String actor, String action, String subjectType, String subjectId,
                          LocalDate from, LocalDate to) implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);

    public static AuditFilter text(String text) {
        return new AuditFilter(text, null, null, null, null, null, null);
    }

    static boolean given(String part) {
        return part != null && !part.isBlank();
    }
}
