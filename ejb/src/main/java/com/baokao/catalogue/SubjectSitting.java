package com.baokao.catalogue;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A later sitting (批次) of a subject, used when a site's seats are full at the subject's own time. Sitting 1 is
 * the subject's {@code startsAt}; these are 2, 3, ... in time order without gaps ({@link Sittings}), because the
 * seat job fills them in that order. Same length as the subject.
 */
@Entity
@Table(name = "subject_sitting")
public class SubjectSitting extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "sitting", nullable = false)
    private int sitting;

    @Convert(converter = InstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    protected SubjectSitting() {
    }

    SubjectSitting(Subject subject, int sitting, Instant startsAt) {
        this.subject = subject;
        this.sitting = sitting;
        this.startsAt = startsAt;
    }

    public Subject getSubject() {
        return subject;
    }

    public int getSitting() {
        return sitting;
    }

    public Instant getStartsAt() {
        return startsAt;
    }
}
