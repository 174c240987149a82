package com.baokao.application;

import com.baokao.i18n.FreeText;
import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ConditionField;
import com.baokao.catalogue.EligibilityCondition;
import com.baokao.catalogue.ExamLevel;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.ExamSite;
import com.baokao.catalogue.Region;
import com.baokao.catalogue.RegionRule;
import com.baokao.catalogue.RegionTree;
import com.baokao.catalogue.ReviewPoint;
import com.baokao.catalogue.Specialty;
import com.baokao.catalogue.Subject;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.StaleVersionException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import com.baokao.profile.CandidateProfile;
import com.baokao.profile.ProfileView;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A candidate's changes to their applications (seeds 001, 003): start one for an exam and region, save the draft
 * with its choices (review point, site, level, specialty, eligibility condition; subjects follow), submit (the serial
 * number is given at the first submission), withdraw while nobody has decided, change region while not submitted,
 * resubmit after a failed confirmation. Acts only for the signed-in candidate; every change locks the row and checks
 * the version the page showed. What a candidate reads is {@link ApplicationQueries}; uploads {@link ApplicationUploads}.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class ApplicationService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource(lookup = Database.DATASOURCE)
    javax.sql.DataSource dataSource;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    @EJB
    ApplicationDocuments documents;

    @EJB
    ApplicationMoves moves;

    /** Starts an application (or returns the one the candidate already has for this exam). */
    public long start(long sessionId, long regionId, boolean pledgeAccepted) {
        ExamSession session = CandidateApplications.publishedSession(em, sessionId);
        requireOnline(session);
        return start(Caller.accountId(context), session, regionId, pledgeAccepted);
    }

    /**
     * The walk-in desk (现场报名) starts an application for a candidate standing at it, once the pledge signed on paper
     * is recorded: the same rules as online, also for an exam whose registration is taken only at the desks. The desk
     * service checks that the operator's point takes walk-ins and that the candidate is theirs to serve.
     */
    @RolesAllowed("REVIEWER")
    public long startAtDesk(long account, long sessionId, long regionId, long reviewPointId) {
        long id = start(account, CandidateApplications.publishedSession(em, sessionId), regionId, true);
        Application application = em.find(Application.class, id);
        if (application.getReviewPoint() == null && application.getStatus() == ApplicationStatus.DRAFT) {
            // the desk's point from the start, so the application is in the desk's reach while it is filled in
            Choices c = documents.view(application).choices();
            apply(application, new Choices(reviewPointId, c.siteId(), c.levelId(), c.specialtyId(), c.conditionId(),
                    c.certificateNumber(), c.certificateDate(), c.residencyTrainingDate()));
        }
        return id;
    }

    /** The desk submits the application it filled in with the candidate: the same checks and messages as online. */
    @RolesAllowed("REVIEWER")
    public void submitAtDesk(long account, long applicationId, long expectedVersion, Choices choices) {
        submit(CandidateApplications.lockDraftOf(em, account, clock.instant(), applicationId, expectedVersion), choices);
    }

    /** An exam that takes registration only at the desks is refused online, with a sentence naming the points. */
    private void requireOnline(ExamSession session) {
        if (session.isRegistrationAtDeskOnly()) {
            throw new BaokaoException("application.deskOnly", session.getName(), CandidateApplications.deskPointNames(em, session));
        }
    }

    private long start(long account, ExamSession session, long regionId, boolean pledgeAccepted) {
        Instant now = clock.instant();
        CandidateApplications.requireWindowOpen(session, now);
        if (!pledgeAccepted) {
            throw BaokaoException.at("pledge", "application.pledge.required");
        }
        Optional<Application> existing = CandidateApplications.existing(em, account, session);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (session.isApprovedProfileRequired() && CandidateApplications.profile(em, account).map(p -> !p.approvedAt(now)).orElse(true)) {
            throw new BaokaoException("application.profile.notApproved");
        }
        Region region = regionOf(session, regionId);
        Application application = new Application(account, session, region, now);
        Database.insertUnique(em, application, () -> new StaleVersionException("application.stale"));
        audit.record("application.started", "Application", application.getId(), session.getCode() + ", " + region.getName());
        return application.getId();
    }

    /** Saves the draft as it is; every chosen row must belong to this exam and region. */
    public void saveDraft(long applicationId, long expectedVersion, Choices choices) {
        Application application = CandidateApplications.lockDraft(em, context, clock.instant(), applicationId, expectedVersion);
        apply(application, choices);
        audit.record("application.saved", "Application", applicationId, "draft saved");
    }

    /**
     * Saves and submits: complete choices, the profile and photo fit this exam; the serial number comes at the
     * first submission. A returned application goes back to the review queue it came from.
     */
    public void submit(long applicationId, long expectedVersion, Choices choices) {
        Application application = CandidateApplications.lockDraft(em, context, clock.instant(), applicationId, expectedVersion);
        requireOnline(application.getSession());
        submit(application, choices);
    }

    private void submit(Application application, Choices choices) {
        apply(application, choices);
        requireComplete(application);
        if (application.getSerialNumber() == null) {
            application.giveSerialNumber(Database.nextValue(em, dataSource, "registration_serial_seq"));
        }
        moves.move(application, application.getStatus() == ApplicationStatus.RETURNED ? ApplicationEvent.RESUBMIT
                : ApplicationEvent.SUBMIT, List.of());
    }

    /** Takes a submission back to draft while the window is open and no reviewer has decided. */
    public void withdraw(long applicationId, long expectedVersion) {
        Application application = CandidateApplications.lock(em, context, applicationId, expectedVersion);
        CandidateApplications.requireWindowOpen(application.getSession(), clock.instant());
        moves.move(application, ApplicationEvent.WITHDRAW, List.of());
    }

    /** Moves a draft to another region of the exam; clears this application's choices, not the account or profile. */
    public void changeRegion(long applicationId, long expectedVersion, long regionId) {
        Application application = CandidateApplications.lockDraft(em, context, clock.instant(), applicationId, expectedVersion);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new BaokaoException("application.locked", application.getStatus().name());
        }
        Region region = regionOf(application.getSession(), regionId);
        String before = application.getRegion().getName();
        application.moveToRegion(region, clock.instant());
        em.createQuery("delete from ApplicationSubject s where s.application = :a").setParameter("a", application)
                .executeUpdate();
        audit.record("application.region", "Application", applicationId, before + " -> " + region.getName());
    }

    /** After a failed online confirmation: back to the confirmation queue, before the confirmation deadline. */
    public void resubmitForConfirmation(long applicationId, long expectedVersion) {
        Application application = CandidateApplications.lock(em, context, applicationId, expectedVersion);
        if (application.getStatus() == ApplicationStatus.CONFIRMATION_FAILED) {
            requireProfileFits(application);
        }
        moves.move(application, ApplicationEvent.RESUBMIT, List.of());
    }

    // ---- rules ----

    private void apply(Application application, Choices c) {
        ExamSession session = application.getSession();
        Set<Long> area = RegionTree.below(em, Set.of(application.getRegion().getId()));
        ReviewPoint point = c.reviewPointId() == null ? null : em.find(ReviewPoint.class, c.reviewPointId());
        if (point != null && !area.contains(point.getRegion().getId())) {
            throw BaokaoException.at("reviewPoint", "application.choice.invalid");
        }
        ExamSite site = c.siteId() == null ? null : em.find(ExamSite.class, c.siteId());
        if (site != null && !area.contains(site.getRegion().getId())) {
            throw BaokaoException.at("site", "application.choice.invalid");
        }
        ExamLevel level = c.levelId() == null ? null : CandidateApplications.levelOf(em, session, c.levelId());
        Specialty specialty = null;
        EligibilityCondition condition = null;
        if (level != null) {
            specialty = c.specialtyId() == null ? null : em.find(Specialty.class, c.specialtyId());
            if (specialty != null && !specialty.getLevel().getId().equals(level.getId())) {
                specialty = null; // the level changed: the old specialty no longer applies
            }
            condition = c.conditionId() == null ? null : em.find(EligibilityCondition.class, c.conditionId());
            if (condition != null && !condition.getLevel().getId().equals(level.getId())) {
                condition = null;
            }
        }
        Set<ConditionField> fields = condition == null ? Set.of() : condition.getRequiredFields();
        String certificateNumber = fields.contains(ConditionField.CERTIFICATE_NUMBER)
                ? FreeText.field("certificateNumber", c.certificateNumber(), 60, false) : null;
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate certificateDate = fields.contains(ConditionField.CERTIFICATE_DATE) ? c.certificateDate() : null;
        LocalDate residencyDate = fields.contains(ConditionField.RESIDENCY_TRAINING_DATE)
                || session.isResidencyTrainingDateRequired() ? c.residencyTrainingDate() : null;
        for (LocalDate date : new LocalDate[] {certificateDate, residencyDate}) {
            if (date != null && date.isAfter(today)) {
                throw BaokaoException.at(date == certificateDate ? "certificateDate" : "residencyTrainingDate",
                        "profile.date.future");
            }
        }
        List<ScoreCarryOver.EarlierResult> earlier = level == null ? List.of()
                : em.createNamedQuery(ScoreRecord.OF_CANDIDATE_LEVEL, ScoreRecord.class)
                .setParameter("account", application.getAccountId()).setParameter("occupation", session.getOccupation())
                .setParameter("level", level.getCode()).getResultList().stream().map(ScoreRecord::asEarlierResult).toList();
        application.choose(point, site, level, specialty, condition, certificateNumber, certificateDate, residencyDate,
                level == null ? null : ScoreCarryOver.candidateType(earlier), clock.instant());
        replaceSubjects(application, level, specialty, earlier);
    }

    /** Subjects follow from level and specialty; those passed within the validity window are carried over. */
    private void replaceSubjects(Application application, ExamLevel level, Specialty specialty,
                                 List<ScoreCarryOver.EarlierResult> earlier) {
        em.createQuery("delete from ApplicationSubject s where s.application = :a").setParameter("a", application)
                .executeUpdate();
        if (level == null) {
            return;
        }
        boolean hasSpecialties = em.createQuery("select count(s) from Specialty s where s.level = :l", Long.class)
                .setParameter("l", level).getSingleResult() > 0;
        if (hasSpecialties && specialty == null) {
            return;
        }
        // a cancelled subject is no longer applied for
        List<Subject> subjects = em.createQuery("select s from Subject s where s.level = :l and s.cancelledAt is null"
                        + " and (s.specialty is null or s.specialty = :sp) order by s.startsAt, s.code", Subject.class)
                .setParameter("l", level).setParameter("sp", specialty).getResultList();
        Integer validity = application.getSession().getScoreValidityYears();
        for (Subject subject : subjects) {
            LocalDate sitting = LocalDate.ofInstant(subject.getStartsAt(), BusinessTime.ZONE);
            LocalDate passedOn = ScoreCarryOver.validPass(subject.getCode(), sitting, validity, earlier).orElse(null);
            em.persist(new ApplicationSubject(application, subject, passedOn));
        }
    }

    private void requireComplete(Application application) {
        if (application.getReviewPoint() == null) {
            throw BaokaoException.at("reviewPoint", "application.reviewPoint.required");
        }
        if (application.getSite() == null) {
            throw BaokaoException.at("site", "application.site.required");
        }
        if (application.getLevel() == null) {
            throw BaokaoException.at("level", "application.level.required");
        }
        ExamLevel level = application.getLevel();
        if (application.getSpecialty() == null && em.createQuery(
                "select count(s) from Specialty s where s.level = :l", Long.class).setParameter("l", level).getSingleResult() > 0) {
            throw BaokaoException.at("specialty", "application.specialty.required");
        }
        if (application.getCondition() == null && em.createQuery(
                "select count(c) from EligibilityCondition c where c.level = :l", Long.class).setParameter("l", level)
                .getSingleResult() > 0) {
            throw BaokaoException.at("condition", "application.condition.required");
        }
        Set<ConditionField> fields = application.getCondition() == null ? Set.of() : application.getCondition().getRequiredFields();
        if (fields.contains(ConditionField.CERTIFICATE_NUMBER) && application.getCertificateNumber() == null) {
            throw BaokaoException.at("certificateNumber", "application.field.required");
        }
        if (fields.contains(ConditionField.CERTIFICATE_DATE) && application.getCertificateDate() == null) {
            throw BaokaoException.at("certificateDate", "application.field.required");
        }
        if ((fields.contains(ConditionField.RESIDENCY_TRAINING_DATE) || application.getSession().isResidencyTrainingDateRequired())
                && application.getResidencyTrainingDate() == null) {
            throw BaokaoException.at("residencyTrainingDate", "application.field.required");
        }
        List<ApplicationSubject> subjects = documents.subjects(application);
        if (subjects.isEmpty() || subjects.stream().allMatch(ApplicationSubject::isCarriedOver)) {
            throw BaokaoException.at("level", "application.subjects.none");
        }
        requireProfileFits(application);
    }

    /** The profile must be complete (approved, where the exam says so), with the proofs and a photo this exam accepts. */
    private void requireProfileFits(Application application) {
        Instant now = clock.instant();
        ExamSession session = application.getSession();
        CandidateProfile profile = CandidateApplications.profile(em, application.getAccountId())
                .orElseThrow(() -> new BaokaoException("application.profile.incomplete"));
        if (session.isApprovedProfileRequired() && !profile.approvedAt(now)) {
            throw new BaokaoException("application.profile.notApproved");
        }
        ProfileView view = documents.profileView(profile);
        if (!view.basicInfoSaved() || view.photo() == null) {
            throw new BaokaoException("application.profile.incomplete");
        }
        // the same lines the reviewer's checklist shows (ProofRequirements)
        ProofRequirements.refusal(documents.confirmationProofs(application).stream().map(ApplicationView.ProofLine::check)
                .toList()).ifPresent(refusal -> {
                    throw refusal;
                });
        ApplicationView.PhotoCheck check = documents.photoCheck(application);
        if (!check.fits()) {
            throw BaokaoException.at("examPhoto", "application.photo.notFit");
        }
    }

    private Region regionOf(ExamSession session, long regionId) {
        return em.createQuery("select r.region from RegionRule r where r.session = :s and r.region.id = :r", Region.class)
                .setParameter("s", session).setParameter("r", regionId).getResultStream().findFirst()
                .orElseThrow(() -> BaokaoException.at("region", "application.region.invalid"));
    }

}
