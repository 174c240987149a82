package com.baokao.application;

import com.baokao.catalogue.EligibilityCondition;
import com.baokao.catalogue.ExamLevel;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.ExamSite;
import com.baokao.catalogue.Region;
import com.baokao.catalogue.ReviewPoint;
import com.baokao.catalogue.Specialty;
import com.baokao.decision.Claim;
import com.baokao.platform.CandidateRow;
import com.baokao.platform.InstantConverter;
import com.baokao.upload.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A candidate's application for one exam session (seeds 001, 003): the choices, the status, and the
 * registration serial number given at the first submission and kept for good.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.OF_ACCOUNT, query = "select a from Application a join fetch a.session"
        + " where a.accountId = :account order by a.id desc")
public class Application extends CandidateRow {

    public static final String OF_ACCOUNT = "Application.ofAccount";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private ExamSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Convert(converter = InstantConverter.class)
    @Column(name = "pledge_accepted_at")
    private Instant pledgeAcceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_point_id")
    private ReviewPoint reviewPoint;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private ExamSite site;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "level_id")
    private ExamLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "specialty_id")
    private Specialty specialty;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "condition_id")
    private EligibilityCondition condition;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(name = "certificate_date")
    private LocalDate certificateDate;

    @Column(name = "residency_training_date")
    private LocalDate residencyTrainingDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exam_photo_file_id")
    private StoredFile examPhoto;

    @Enumerated(EnumType.STRING)
    @Column(name = "candidate_type")
    private CandidateType candidateType;

    @Column(name = "serial_number")
    private Long serialNumber;

    @Convert(converter = InstantConverter.class)
    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "returned_from")
    private ApplicationStatus returnedFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_exam_review")
    private PostExamReview postExamReview;

    @Embedded
    private Claim claim;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Application() {
    }

    Application(long accountId, ExamSession session, Region region, Instant pledgeAcceptedAt) {
        this.accountId = accountId;
        this.session = session;
        this.region = region;
        this.pledgeAcceptedAt = pledgeAcceptedAt;
        this.changedAt = pledgeAcceptedAt;
    }

    void choose(ReviewPoint reviewPoint, ExamSite site, ExamLevel level, Specialty specialty,
                EligibilityCondition condition, String certificateNumber, LocalDate certificateDate,
                LocalDate residencyTrainingDate, CandidateType candidateType, Instant now) {
        this.reviewPoint = reviewPoint;
        this.site = site;
        this.level = level;
        this.specialty = specialty;
        this.condition = condition;
        this.certificateNumber = certificateNumber;
        this.certificateDate = certificateDate;
        this.residencyTrainingDate = residencyTrainingDate;
        this.candidateType = candidateType;
        this.changedAt = now;
    }

    /** A new region: every choice made for the old one goes (the account and profile stay). */
    void moveToRegion(Region newRegion, Instant now) {
        choose(null, null, null, null, null, null, null, null, null, now);
        this.region = newRegion;
        this.examPhoto = null;
    }

    void useExamPhoto(StoredFile photo, Instant now) {
        this.examPhoto = photo;
        this.changedAt = now;
    }

    void moveTo(ApplicationStatus next, Instant now) {
        if (next == ApplicationStatus.RETURNED) {
            this.returnedFrom = status;
        } else if (status == ApplicationStatus.RETURNED) {
            this.returnedFrom = null;
        }
        if (next == ApplicationStatus.APPROVED && postExamReview == null && status == ApplicationStatus.SUBMITTED) {
            // confirmed straight to payment: the review comes after the exam
            this.postExamReview = PostExamReview.PENDING;
        }
        this.status = next;
        this.changedAt = now;
        if (next == ApplicationStatus.SUBMITTED) {
            this.submittedAt = now;
            if (firstSubmittedAt == null) {
                firstSubmittedAt = now;
            }
        }
    }

    void decidePostExamReview(PostExamReview outcome, Instant now) {
        this.postExamReview = outcome;
        this.changedAt = now;
    }

    void giveSerialNumber(long serial) {
        if (serialNumber == null) {
            serialNumber = serial;
        }
    }

    public long getAccountId() {
        return accountId;
    }

    public ExamSession getSession() {
        return session;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getPledgeAcceptedAt() {
        return pledgeAcceptedAt;
    }

    public Region getRegion() {
        return region;
    }

    public ReviewPoint getReviewPoint() {
        return reviewPoint;
    }

    public ExamSite getSite() {
        return site;
    }

    public ExamLevel getLevel() {
        return level;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public EligibilityCondition getCondition() {
        return condition;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getCertificateDate() {
        return certificateDate;
    }

    public LocalDate getResidencyTrainingDate() {
        return residencyTrainingDate;
    }

    public StoredFile getExamPhoto() {
        return examPhoto;
    }

    public CandidateType getCandidateType() {
        return candidateType;
    }

    public Long getSerialNumber() {
        return serialNumber;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public ApplicationStatus getReturnedFrom() {
        return returnedFrom;
    }

    public PostExamReview getPostExamReview() {
        return postExamReview;
    }

    /** Never null (EclipseLink leaves an all-null embeddable null). */
    public Claim getClaim() {
        if (claim == null) {
            claim = new Claim();
        }
        return claim;
    }

    public long getVersion() {
        return version;
    }
}
