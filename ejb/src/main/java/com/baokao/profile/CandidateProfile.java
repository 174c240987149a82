package com.baokao.profile;

import com.baokao.catalogue.Region;
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
 * A candidate's profile (seed 002): basic information, the photo and the proofs, and the review decision.
 * One per account; an approved profile is valid for a year and serves every exam in that time.
 */
@Entity
@Table(name = "candidate_profile")
@NamedQuery(name = CandidateProfile.OF_ACCOUNT, query = "select p from CandidateProfile p where p.accountId = :account")
public class CandidateProfile extends CandidateRow {

    public static final String OF_ACCOUNT = "CandidateProfile.ofAccount";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProfileStatus status = ProfileStatus.EDITING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_region_id")
    private Region homeRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "education")
    private Education education;

    @Column(name = "major")
    private String major;

    @Column(name = "medical_major", nullable = false)
    private boolean medicalMajor;

    @Column(name = "graduation_date")
    private LocalDate graduationDate;

    @Column(name = "work_unit")
    private String workUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    private UnitType unitType;

    @Column(name = "unit_type_other")
    private String unitTypeOther;

    @Column(name = "work_years")
    private Integer workYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_category")
    private PracticeCategory practiceCategory;

    @Column(name = "first_registration_date")
    private LocalDate firstRegistrationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_kind")
    private InvoiceKind invoiceKind;

    @Column(name = "invoice_company")
    private String invoiceCompany;

    @Column(name = "invoice_taxpayer_id")
    private String invoiceTaxpayerId;

    @Column(name = "basic_info_saved", nullable = false)
    private boolean basicInfoSaved;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "photo_file_id")
    private StoredFile photo;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "approved_until")
    private Instant approvedUntil;

    @Column(name = "return_reasons")
    private String returnReasons;

    @Embedded
    private Claim claim;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CandidateProfile() {
    }

    CandidateProfile(long accountId) {
        this.accountId = accountId;
    }

    void saveBasicInfo(BasicInfo info, Region region) {
        this.homeRegion = region;
        this.education = info.education();
        this.major = info.major();
        this.medicalMajor = info.medicalMajor();
        this.graduationDate = info.graduationDate();
        this.workUnit = info.workUnit();
        this.unitType = info.unitType();
        this.unitTypeOther = info.unitTypeOther();
        this.workYears = info.workYears();
        this.practiceCategory = info.practiceCategory();
        this.firstRegistrationDate = info.firstRegistrationDate();
        this.invoiceKind = info.invoiceKind();
        this.invoiceCompany = info.invoiceCompany();
        this.invoiceTaxpayerId = info.invoiceTaxpayerId();
        this.basicInfoSaved = true;
    }

    public BasicInfo basicInfo() {
        if (!basicInfoSaved) {
            return BasicInfo.empty();
        }
        return new BasicInfo(homeRegion == null ? null : homeRegion.getId(), education, major, medicalMajor,
                graduationDate, workUnit, unitType, unitTypeOther, workYears, practiceCategory, firstRegistrationDate,
                invoiceKind, invoiceCompany, invoiceTaxpayerId);
    }

    void changePhoto(StoredFile photo) {
        this.photo = photo;
    }

    void submitted(Instant now) {
        this.status = ProfileStatus.SUBMITTED;
        this.submittedAt = now;
        this.returnReasons = null;
    }

    /** A reviewer's decision, taken by {@link com.baokao.review.ProfileReview}. */
    public void approved(long reviewerId, Instant now) {
        this.status = ProfileStatus.APPROVED;
        this.decidedAt = now;
        this.decidedBy = reviewerId;
        this.approvedUntil = now.atZone(com.baokao.platform.BusinessTime.ZONE).plusYears(1).toInstant();
        this.returnReasons = null;
    }

    /** A reviewer's return for correction, taken by {@link com.baokao.review.ProfileReview}. */
    public void returned(long reviewerId, String reasons, Instant now) {
        this.status = ProfileStatus.RETURNED;
        this.decidedAt = now;
        this.decidedBy = reviewerId;
        this.approvedUntil = null;
        this.returnReasons = reasons;
    }

    /** The candidate changes an approved profile: it needs a new review. */
    void reopened() {
        this.status = ProfileStatus.EDITING;
        this.approvedUntil = null;
    }

    /** Approved and not yet expired. */
    public boolean approvedAt(Instant now) {
        return status == ProfileStatus.APPROVED && approvedUntil != null && now.isBefore(approvedUntil);
    }

    public long getAccountId() {
        return accountId;
    }

    public ProfileStatus getStatus() {
        return status;
    }

    public Region getHomeRegion() {
        return homeRegion;
    }

    public boolean isBasicInfoSaved() {
        return basicInfoSaved;
    }

    public StoredFile getPhoto() {
        return photo;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getApprovedUntil() {
        return approvedUntil;
    }

    public String getReturnReasons() {
        return returnReasons;
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
