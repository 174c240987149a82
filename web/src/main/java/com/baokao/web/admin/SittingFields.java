package com.baokao.web.admin;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The "add sitting" row of admin/session.xhtml: which subject gets its next sitting (批次), and when. */
public class SittingFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long subjectId;
    private LocalDateTime startsAt;

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }
}
