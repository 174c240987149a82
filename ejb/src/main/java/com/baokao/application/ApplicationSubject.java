package com.baokao.application;

import com.baokao.catalogue.Subject;
import com.baokao.platform.CandidateRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A subject of an application: taken in this session, or carried over from an earlier pass (with its date). */
@Entity
@Table(name = "application_subject")
public class ApplicationSubject extends CandidateRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "carried_over", nullable = false)
    private boolean carriedOver;

    @Column(name = "passed_on")
    private LocalDate passedOn;

    protected ApplicationSubject() {
    }

    ApplicationSubject(Application application, Subject subject, LocalDate passedOn) {
        this.application = application;
        this.subject = subject;
        this.carriedOver = passedOn != null;
        this.passedOn = passedOn;
    }

    public Application getApplication() {
        return application;
    }

    public Subject getSubject() {
        return subject;
    }

    public boolean isCarriedOver() {
        return carriedOver;
    }

    public LocalDate getPassedOn() {
        return passedOn;
    }
}
