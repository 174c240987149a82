package com.baokao.decision;

import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A reviewer's decision on a profile or an application: stage, outcome, from, to, who, when, and the reasons. */
@Entity
@Table(name = "review_decision")
@NamedQuery(name = ReviewDecision.OF_SUBJECT, query = "select d from ReviewDecision d where d.subjectType = :type"
        + " and d.subjectId = :id order by d.decidedAt desc, d.id desc")
public class ReviewDecision extends CandidateRow {

    public static final String OF_SUBJECT = "ReviewDecision.ofSubject";
    public static final String PROFILE = "PROFILE";
    public static final String APPLICATION = "APPLICATION";

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "stage", nullable = false)
    private String stage;

    @Column(name = "outcome", nullable = false)
    private String outcome;

    @Column(name = "from_status", nullable = false)
    private String fromStatus;

    @Column(name = "to_status", nullable = false)
    private String toStatus;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "reviewer_name", nullable = false)
    private String reviewerName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_reason", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<ReasonEntry> reasons = new ArrayList<>();

    protected ReviewDecision() {
    }

    public ReviewDecision(String subjectType, long subjectId, String stage, String outcome, String fromStatus,
                          String toStatus, Long reviewerId, String reviewerName, Instant decidedAt, List<ReasonEntry> reasons) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.stage = stage;
        this.outcome = outcome;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reviewerId = reviewerId;
        this.reviewerName = reviewerName;
        this.decidedAt = decidedAt;
        this.reasons = new ArrayList<>(reasons);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getStage() {
        return stage;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<ReasonEntry> getReasons() {
        return List.copyOf(reasons);
    }
}
