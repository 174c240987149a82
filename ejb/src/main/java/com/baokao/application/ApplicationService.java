package com.baokao.application;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ConditionField;
import com.baokao.catalogue.EligibilityCondition;
import com.baokao.catalogue.ExamLevel;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.ExamSite;
import com.baokao.catalogue.PhotoRule;
import com.baokao.catalogue.ProofRule;
import com.baokao.catalogue.Region;
import com.baokao.catalogue.RegionRule;
import com.baokao.catalogue.RegionTree;
import com.baokao.catalogue.ReviewPoint;
import com.baokao.catalogue.Specialty;
import com.baokao.catalogue.Subject;
import com.baokao.catalogue.Window;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import com.baokao.profile.CandidateProfile;
import com.baokao.profile.ProfileService;
import com.baokao.profile.ProfileView;
import com.baokao.upload.ImageInspector;
import com.baokao.upload.InspectedImage;
import com.baokao.upload.StoredFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A candidate's applications (seeds 001, 003): start one for an exam and region, choose review point, site,
 * level, specialty and eligibility condition (subjects follow), save the draft, submit (the serial number is
 * given at the first submission), withdraw while nobody has decided, change region while not submitted.
 * Acts only for the signed-in candidate; every change locks the row and checks the version the page showed.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class ApplicationService {

    /** The page before an application exists: the exam, its window, its regions and the profile's state. */
    public record StartInfo(long sessionId, String examCode, String examName, boolean approvedProfileRequired,
                            boolean profileApproved, boolean profileComplete, LocalDateTime registrationOpens,
                            LocalDateTime registrationCloses, Window.Phase phase, List<ApplicationOptions.Option> regions,
                            Long existingApplicationId) implements Serializable {
    }

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

    @EJB
    FormCodes formCodes;

    public StartInfo startInfo(long sessionId) {
        ExamSession session = publishedSession(sessionId);
        long account = Caller.accountId(context);
        Optional<CandidateProfile> profile = profile(account);
        Instant now = clock.instant();
        Window window = session.calendar().registration();
        return new StartInfo(session.getId(), session.getCode(), session.getName(), session.isApprovedProfileRequired(),
                profile.map(p -> p.approvedAt(now)).orElse(false),
                profile.map(p -> documents.profileView(p).submittable()
                        || p.getStatus() != com.baokao.profile.ProfileStatus.EDITING).orElse(false),
                window.opensInShanghai(), window.closesInShanghai(), window.phaseAt(now), regions(session),
                existing(account, session).map(Application::getId).orElse(null));
    }

    /** Starts an application (or returns the one the candidate already has for this exam). */
    public long start(long sessionId, long regionId, boolean pledgeAccepted) {
        ExamSession session = publishedSession(sessionId);
        Instant now = clock.instant();
        requireWindowOpen(session, now);
        if (!pledgeAccepted) {
            throw BaokaoException.at("pledge", "application.pledge.required");
        }
        long account = Caller.accountId(context);
        Optional<Application> existing = existing(account, session);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (session.isApprovedProfileRequired() && profile(account).map(p -> !p.approvedAt(now)).orElse(true)) {
            throw new BaokaoException("application.profile.notApproved");
        }
        Region region = regionOf(session, regionId);
        Application application = new Application(account, session, region, now);
        Database.insertUnique(em, application, () -> new BaokaoException("application.stale"));
        audit.record("application.started", "Application", application.getId(), session.getCode() + ", " + region.getName());
        return application.getId();
    }

    public List<ApplicationView> mine() {
        return em.createNamedQuery(Application.OF_ACCOUNT, Application.class)
                .setParameter("account", Caller.accountId(context)).getResultList().stream().map(documents::view).toList();
    }

    public ApplicationView view(long applicationId) {
        return documents.view(own(applicationId));
    }

    public ApplicationOptions options(long applicationId, Long levelId) {
        Application application = own(applicationId);
        ExamSession session = application.getSession();
        Set<Long> area = RegionTree.below(em, Set.of(application.getRegion().getId()));
        List<ApplicationOptions.Option> points = em.createQuery(
                        "select p from ReviewPoint p where p.region.id in :area order by p.name", ReviewPoint.class)
                .setParameter("area", area).getResultList().stream()
                .map(p -> new ApplicationOptions.Option(p.getId(), p.getName())).toList();
        List<ApplicationOptions.Option> sites = em.createQuery(
                        "select s from ExamSite s where s.region.id in :area order by s.code", ExamSite.class)
                .setParameter("area", area).getResultList().stream()
                .map(s -> new ApplicationOptions.Option(s.getId(), s.getName() + " (" + s.getAddress() + ")")).toList();
        List<ApplicationOptions.Option> levels = em.createQuery(
                        "select l from ExamLevel l where l.session = :s order by l.code", ExamLevel.class)
                .setParameter("s", session).getResultList().stream()
                .map(l -> new ApplicationOptions.Option(l.getId(), l.getName())).toList();
        List<ApplicationOptions.Option> specialties = List.of();
        List<ApplicationOptions.ConditionOption> conditions = List.of();
        if (levelId != null) {
            ExamLevel level = levelOf(session, levelId);
            specialties = em.createQuery("select s from Specialty s where s.level = :l order by s.code", Specialty.class)
                    .setParameter("l", level).getResultList().stream()
                    .map(s -> new ApplicationOptions.Option(s.getId(), s.getName())).toList();
            conditions = em.createQuery("select c from EligibilityCondition c where c.level = :l order by c.position",
                            EligibilityCondition.class).setParameter("l", level).getResultList().stream()
                    .map(c -> new ApplicationOptions.ConditionOption(c.getId(), c.getText(), c.getRequiredFields())).toList();
        }
        return new ApplicationOptions(points, sites, levels, specialties, conditions);
    }

    /** Saves the draft as it is; every chosen row must belong to this exam and region. */
    public void saveDraft(long applicationId, long expectedVersion, Choices choices) {
        Application application = lockDraft(applicationId, expectedVersion);
        apply(application, choices);
        audit.record("application.saved", "Application", applicationId, "draft saved");
    }

    /**
     * Saves and submits: complete choices, the profile and photo fit this exam; the serial number comes at the
     * first submission. A returned application goes back to the review queue it came from.
     */
    public void submit(long applicationId, long expectedVersion, Choices choices) {
        Application application = lockDraft(applicationId, expectedVersion);
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
        Application application = lock(applicationId, expectedVersion);
        requireWindowOpen(application.getSession(), clock.instant());
        moves.move(application, ApplicationEvent.WITHDRAW, List.of());
    }

    /** Moves a draft to another region of the exam; clears this application's choices, not the account or profile. */
    public void changeRegion(long applicationId, long expectedVersion, long regionId) {
        Application application = lockDraft(applicationId, expectedVersion);
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

    /** A photo for this exam only, when the profile photo does not fit the exam's rule. */
    public void uploadExamPhoto(long applicationId, long expectedVersion, byte[] bytes) {
        Application application = lockDraft(applicationId, expectedVersion);
        InspectedImage image = ImageInspector.inspectPhoto(bytes, application.getSession().getPhotoRule(), "examPhoto");
        StoredFile file = new StoredFile(application.getAccountId(), "EXAM_PHOTO", image, bytes, clock.instant());
        em.persist(file);
        application.useExamPhoto(file, clock.instant());
        audit.record("application.photo", "Application", applicationId, image.width() + "x" + image.height());
    }

    /**
     * A proof for this application's online confirmation (it replaces the profile's proof of that kind here):
     * while the application is a draft, returned, or its confirmation failed.
     */
    public void uploadConfirmationProof(long applicationId, long expectedVersion, com.baokao.catalogue.ProofKind kind,
                                        byte[] bytes) {
        Application application = lock(applicationId, expectedVersion);
        Instant now = clock.instant();
        boolean open = switch (application.getStatus()) {
            case DRAFT -> application.getSession().calendar().registrationOpenAt(now);
            case RETURNED -> application.getSession().calendar().resubmissionAllowedAt(now);
            case CONFIRMATION_FAILED -> application.getSession().calendar().confirmationAllowedAt(now);
            default -> false;
        };
        if (!open) {
            throw new BaokaoException("application.locked", application.getStatus().name());
        }
        ProofRule rule = em.createQuery("select r from ProofRule r where r.session = :s and r.kind = :k", ProofRule.class)
                .setParameter("s", application.getSession()).setParameter("k", kind).getResultStream().findFirst()
                .orElseThrow(() -> BaokaoException.at("proof_" + kind, "application.proof.notAsked"));
        InspectedImage image = ImageInspector.inspectProof(bytes, rule.getMaxKb(), "proof_" + kind);
        StoredFile file = new StoredFile(application.getAccountId(), "CONFIRMATION_" + kind, image, bytes, now);
        em.persist(file);
        ApplicationProof existing = em.createQuery("select p from ApplicationProof p where p.application = :a and p.kind = :k",
                ApplicationProof.class).setParameter("a", application).setParameter("k", kind).getResultStream()
                .findFirst().orElse(null);
        if (existing == null) {
            em.persist(new ApplicationProof(application, kind, file));
        } else {
            existing.replace(file);
        }
        application.useExamPhoto(application.getExamPhoto(), now); // a new version: open pages reload
        audit.record("application.proof", "Application", applicationId, kind + " " + bytes.length + " bytes");
    }

    /** After a failed online confirmation: back to the confirmation queue, before the confirmation deadline. */
    public void resubmitForConfirmation(long applicationId, long expectedVersion) {
        Application application = lock(applicationId, expectedVersion);
        if (application.getStatus() == ApplicationStatus.CONFIRMATION_FAILED) {
            requireProfileFits(application);
        }
        moves.move(application, ApplicationEvent.RESUBMIT, List.of());
    }

    /** The registration form (报名表) as PDF, with the verification code of the application as it is now. */
    public byte[] registrationForm(long applicationId) {
        Application application = own(applicationId);
        formCodes.remember(documents.verificationCode(application), applicationId);
        return documents.registrationForm(application);
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
        ExamLevel level = c.levelId() == null ? null : levelOf(session, c.levelId());
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
        String certificateNumber = fields.contains(ConditionField.CERTIFICATE_NUMBER) ? trim(c.certificateNumber()) : null;
        if (certificateNumber != null && certificateNumber.length() > 60) {
            throw BaokaoException.at("certificateNumber", "profile.field.tooLong", "60");
        }
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
        CandidateProfile profile = profile(application.getAccountId())
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

    private void requireWindowOpen(ExamSession session, Instant now) {
        if (session.isCancelled()) {
            throw new BaokaoException("application.exam.cancelled", session.getName());
        }
        Window window = session.calendar().registration();
        switch (window.phaseAt(now)) {
            case NOT_YET_OPEN -> throw new BaokaoException("registration.window.notOpen",
                    documents.when(window.opensInShanghai()));
            case CLOSED -> throw new BaokaoException("registration.window.closed", documents.when(window.closesInShanghai()));
            default -> {
            }
        }
    }

    // ---- lookups ----

    private ExamSession publishedSession(long sessionId) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null || !session.isPublished()) {
            throw new BaokaoException("application.exam.unknown");
        }
        return session;
    }

    private List<ApplicationOptions.Option> regions(ExamSession session) {
        return em.createQuery("select r from RegionRule r join fetch r.region where r.session = :s order by r.region.code",
                        RegionRule.class).setParameter("s", session).getResultList().stream()
                .map(r -> new ApplicationOptions.Option(r.getRegion().getId(), r.getRegion().getName())).toList();
    }

    private Region regionOf(ExamSession session, long regionId) {
        return em.createQuery("select r.region from RegionRule r where r.session = :s and r.region.id = :r", Region.class)
                .setParameter("s", session).setParameter("r", regionId).getResultStream().findFirst()
                .orElseThrow(() -> BaokaoException.at("region", "application.region.invalid"));
    }

    private ExamLevel levelOf(ExamSession session, long levelId) {
        ExamLevel level = em.find(ExamLevel.class, levelId);
        if (level == null || !level.getSession().getId().equals(session.getId())) {
            throw BaokaoException.at("level", "application.choice.invalid");
        }
        return level;
    }

    private Optional<Application> existing(long account, ExamSession session) {
        return em.createQuery("select a from Application a where a.accountId = :a and a.session = :s", Application.class)
                .setParameter("a", account).setParameter("s", session).getResultStream().findFirst();
    }

    private Optional<CandidateProfile> profile(long account) {
        return em.createNamedQuery(CandidateProfile.OF_ACCOUNT, CandidateProfile.class).setParameter("account", account)
                .getResultStream().findFirst();
    }

    /** Another candidate's application looks exactly like a missing one ({@link OwnApplications}). */
    private Application own(long applicationId) {
        return OwnApplications.own(em, context, applicationId);
    }

    /** Serialises changes to one application (SELECT ... FOR UPDATE); a page showing an older version must reload. */
    private Application lock(long applicationId, long expectedVersion) {
        own(applicationId);
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(application);
        if (application.getVersion() != expectedVersion) {
            throw new BaokaoException("application.stale");
        }
        return application;
    }

    /** A draft while registration is open, or an application returned for correction until the resubmission deadline. */
    private Application lockDraft(long applicationId, long expectedVersion) {
        Application application = lock(applicationId, expectedVersion);
        if (!application.getStatus().editableByCandidate()) {
            throw new BaokaoException("application.locked", application.getStatus().name());
        }
        if (application.getStatus() == ApplicationStatus.RETURNED) {
            if (!application.getSession().calendar().resubmissionAllowedAt(clock.instant())) {
                throw new BaokaoException("application.resubmission.closed", documents.when(LocalDateTime.ofInstant(
                        application.getSession().calendar().resubmissionDeadline(), BusinessTime.ZONE)));
            }
        } else {
            requireWindowOpen(application.getSession(), clock.instant());
        }
        return application;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
