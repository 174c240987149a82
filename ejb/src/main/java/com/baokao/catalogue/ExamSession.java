package com.baokao.catalogue;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An exam session (e.g. "2026 health manager, second half"): its calendar, the rules that hold for every
 * region, and whether candidates can see it yet.
 */
@Entity
@Table(name = "exam_session")
@NamedQuery(name = ExamSession.PUBLISHED_OPEN_OR_UPCOMING,
        query = "select s from ExamSession s where s.published = true and s.registrationClosesAt > :now"
                + " order by s.registrationOpensAt, s.code")
public class ExamSession extends CatalogueEntity {

    public static final String PUBLISHED_OPEN_OR_UPCOMING = "ExamSession.publishedOpenOrUpcoming";

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "occupation", nullable = false)
    private String occupation;

    @Convert(converter = InstantConverter.class)
    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "resubmission_deadline", nullable = false)
    private Instant resubmissionDeadline;

    @Convert(converter = InstantConverter.class)
    @Column(name = "confirmation_deadline", nullable = false)
    private Instant confirmationDeadline;

    @Convert(converter = InstantConverter.class)
    @Column(name = "payment_deadline", nullable = false)
    private Instant paymentDeadline;

    @Convert(converter = InstantConverter.class)
    @Column(name = "ticket_printing_opens_at", nullable = false)
    private Instant ticketPrintingOpensAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "ticket_printing_closes_at", nullable = false)
    private Instant ticketPrintingClosesAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "scores_released_at", nullable = false)
    private Instant scoresReleasedAt;

    /** When the administrator released the scores (hidden before; null = not released). */
    @Convert(converter = InstantConverter.class)
    @Column(name = "results_release_at")
    private Instant resultsReleaseAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "results_announced_at")
    private Instant resultsAnnouncedAt;

    @Column(name = "approved_profile_required", nullable = false)
    private boolean approvedProfileRequired;

    /** Registration only at the desks of review points that take walk-ins (seed 000's e-commerce exam): refused online. */
    @Column(name = "registration_at_desk_only", nullable = false)
    private boolean registrationAtDeskOnly;

    @Column(name = "score_validity_years")
    private Integer scoreValidityYears;

    @Embedded
    private PhotoRule photoRule;

    @Column(name = "practice_needs_first_registration", nullable = false)
    private boolean practiceNeedsFirstRegistration;

    @Column(name = "residency_training_date_required", nullable = false)
    private boolean residencyTrainingDateRequired;

    /** The one setting of seed 002's waiver: medical majors with a college degree or above need no work proof. */
    @Column(name = "work_proof_waived_for_medical", nullable = false)
    private boolean workProofWaivedForMedical;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Convert(converter = InstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    /** The exam-day rules printed on the admission ticket, one paragraph a line; null: the standard rules. */
    @Column(name = "exam_day_rules")
    private String examDayRules;

    protected ExamSession() {
    }

    ExamSession(String code, String name, String occupation, ExamCalendar calendar, PhotoRule photoRule) {
        this.code = code;
        this.name = name;
        this.occupation = occupation;
        changeCalendar(calendar);
        this.photoRule = photoRule;
    }

    public ExamCalendar calendar() {
        return new ExamCalendar(new Window(registrationOpensAt, registrationClosesAt), resubmissionDeadline,
                confirmationDeadline, paymentDeadline, new Window(ticketPrintingOpensAt, ticketPrintingClosesAt),
                scoresReleasedAt);
    }

    void changeCalendar(ExamCalendar calendar) {
        this.registrationOpensAt = calendar.registration().opensAt();
        this.registrationClosesAt = calendar.registration().closesAt();
        this.resubmissionDeadline = calendar.resubmissionDeadline();
        this.confirmationDeadline = calendar.confirmationDeadline();
        this.paymentDeadline = calendar.paymentDeadline();
        this.ticketPrintingOpensAt = calendar.ticketPrinting().opensAt();
        this.ticketPrintingClosesAt = calendar.ticketPrinting().closesAt();
        this.scoresReleasedAt = calendar.scoresReleasedAt();
    }

    void changeRules(boolean approvedProfileRequired, Integer scoreValidityYears, boolean practiceNeedsFirstRegistration,
                     boolean residencyTrainingDateRequired, boolean workProofWaivedForMedical) {
        checkScoreValidity(scoreValidityYears);
        this.approvedProfileRequired = approvedProfileRequired;
        this.scoreValidityYears = scoreValidityYears;
        this.practiceNeedsFirstRegistration = practiceNeedsFirstRegistration;
        this.residencyTrainingDateRequired = residencyTrainingDateRequired;
        this.workProofWaivedForMedical = workProofWaivedForMedical;
    }

    /** Scores stay valid for a whole number of years, or for ever ({@code null}). */
    static void checkScoreValidity(Integer scoreValidityYears) {
        if (scoreValidityYears != null && scoreValidityYears <= 0) {
            throw com.baokao.i18n.BaokaoException.at("scoreValidityYears", "session.validity.invalid");
        }
    }

    void changePhotoRule(PhotoRule rule) {
        this.photoRule = rule;
    }

    void rename(String name, String occupation) {
        this.name = name;
        this.occupation = occupation;
    }

    void publish(boolean published) {
        this.published = published;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getOccupation() {
        return occupation;
    }

    public boolean isApprovedProfileRequired() {
        return approvedProfileRequired;
    }

    public Instant getResultsReleaseAt() {
        return resultsReleaseAt;
    }

    public Instant getResultsAnnouncedAt() {
        return resultsAnnouncedAt;
    }

    /** The scores become visible at {@code at} (null: hidden again); candidates are told once that time has come. */
    public void releaseResultsAt(Instant at) {
        this.resultsReleaseAt = at;
        this.resultsAnnouncedAt = null;
    }

    public void resultsAnnounced(Instant now) {
        this.resultsAnnouncedAt = now;
    }

    /** True once the administrator's release time has come. */
    public boolean resultsReleased(Instant now) {
        return resultsReleaseAt != null && !now.isBefore(resultsReleaseAt);
    }

    public Integer getScoreValidityYears() {
        return scoreValidityYears;
    }

    public PhotoRule getPhotoRule() {
        return photoRule;
    }

    public boolean isPracticeNeedsFirstRegistration() {
        return practiceNeedsFirstRegistration;
    }

    public boolean isResidencyTrainingDateRequired() {
        return residencyTrainingDateRequired;
    }

    public boolean isWorkProofWaivedForMedical() {
        return workProofWaivedForMedical;
    }

    public boolean isPublished() {
        return published;
    }

    /** Cancelled by an administrator: shown as cancelled, no longer applied for or paid. Returns false if it was already. */
    public boolean cancel(Instant at, String reason) {
        if (cancelledAt != null) {
            return false;
        }
        this.cancelledAt = at;
        this.cancelReason = reason;
        return true;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getExamDayRules() {
        return examDayRules;
    }

    void setExamDayRules(String examDayRules) {
        this.examDayRules = examDayRules;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isRegistrationAtDeskOnly() {
        return registrationAtDeskOnly;
    }

    public void setRegistrationAtDeskOnly(boolean registrationAtDeskOnly) {
        this.registrationAtDeskOnly = registrationAtDeskOnly;
    }
}
