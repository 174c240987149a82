package com.baokao.application;

import com.baokao.account.Account;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.Window;
import com.baokao.decision.ReviewDecision;
import com.baokao.document.RegistrationFormData;
import com.baokao.document.RegistrationFormPdf;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.PlatformSecrets;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.CandidateProfile;
import com.baokao.profile.ProfileView;
import com.baokao.upload.ImageInspector;
import com.baokao.upload.StoredFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What is derived from an application for people to read: its view with the status timeline, whether the photo
 * fits the exam, and the registration form with its verification code. Callers have checked access already.
 */
@Stateless
@RolesAllowed({"CANDIDATE", "REVIEWER", "ADMIN"})
public class ApplicationDocuments {

    /** The key of every printed form's verification code ({@link VerificationCode}): registration and after the exam. */
    public static final String FORM_KEY = "registration-form";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    PlatformSecrets secrets;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private static final String PROFILE_OF_ACCOUNT = ApplicationDocuments.class.getName() + ".profileOfAccount.";

    /** Shared by every instance of this pooled bean: a photo's answer under a rule never changes. */
    private static final PhotoChecks PHOTO_CHECKS = new PhotoChecks();

    public ApplicationView view(Application a) {
        ExamSession session = a.getSession();
        Instant now = clock.instant();
        Window window = session.calendar().registration();
        // read once: the lines shown and the form's code both take them
        List<ApplicationSubject> subjectRows = subjects(a);
        List<ApplicationView.SubjectLine> subjects = subjectRows.stream().map(s -> new ApplicationView.SubjectLine(
                s.getSubject().getCode(), s.getSubject().getName(), local(s.getSubject().getStartsAt()),
                s.getSubject().getDurationMinutes(), s.getSubject().getFeeFen(), s.getPassedOn(),
                s.getSubject().isCancelled())).toList();
        StoredFile photo = photoOf(a);
        com.baokao.catalogue.PhotoRule rule = session.getPhotoRule();
        return new ApplicationView(a.getId(), a.getVersion(), session.getId(), session.getCode(), session.getName(),
                a.getStatus(), serial(a), choices(a), a.getRegion().getName(),
                a.getReviewPoint() == null ? null : a.getReviewPoint().getName(),
                a.getSite() == null ? null : a.getSite().getName(),
                a.getLevel() == null ? null : a.getLevel().getName(),
                a.getSpecialty() == null ? null : a.getSpecialty().getName(),
                a.getCondition() == null ? null : a.getCondition().getText(),
                sessionRequiredFields(session),
                a.getCandidateType(), subjects,
                photo == null ? null : new ProfileView.FileRef(photo.getId(), photo.getSizeBytes(), photo.getWidth(), photo.getHeight()),
                a.getExamPhoto() != null, photoCheck(a),
                new ApplicationView.PhotoRuleView(rule.getWidth(), rule.getHeight(), rule.isExactSize(), rule.getMinKb(),
                        rule.getMaxKb(), rule.getBackgrounds()),
                window.opensInShanghai(), window.closesInShanghai(), window.isOpenAt(now), timeline(a),
                verificationCode(a, subjectRows), reasons(a), resubmitBy(a), resubmissionOpen(a, now), confirmationMode(a),
                confirmationProofs(a), history(a), payable(a, now), local(session.calendar().paymentDeadline()),
                session.isCancelled());
    }

    /** The centre's line for the application: no photo, proofs or form (see {@link ApplicationSummary}). */
    public ApplicationSummary summary(Application a) {
        return new ApplicationSummary(a.getId(), a.getSession().getCode(), a.getSession().getName(), a.getStatus(),
                serial(a), a.getRegion().getName(), a.getLevel() == null ? null : a.getLevel().getName(), timeline(a));
    }

    /** Approved in a region that takes fees online, before the payment deadline. */
    private boolean payable(Application a, Instant now) {
        if (a.getStatus() != ApplicationStatus.APPROVED || a.getSession().isCancelled()
                || !a.getSession().calendar().paymentAllowedAt(now)) {
            return false;
        }
        return em.createQuery("select r.onlinePayment from RegionRule r where r.session = :s and r.region = :r", Boolean.class)
                .setParameter("s", a.getSession()).setParameter("r", a.getRegion()).getResultStream().findFirst().orElse(false);
    }

    /** The reasons of the decision that sent the application back to the candidate, while it is there. */
    private List<ApplicationView.ReasonLine> reasons(Application a) {
        if (a.getStatus() != ApplicationStatus.RETURNED && a.getStatus() != ApplicationStatus.CONFIRMATION_FAILED
                && a.getStatus() != ApplicationStatus.REFUSED) {
            return List.of();
        }
        return em.createNamedQuery(ReviewDecision.OF_SUBJECT, ReviewDecision.class)
                .setParameter("type", ReviewDecision.APPLICATION).setParameter("id", a.getId()).setMaxResults(1)
                .getResultStream().findFirst().map(d -> d.getReasons().stream()
                        .map(r -> new ApplicationView.ReasonLine(r.getReason().name(), r.getField(), r.getComment())).toList())
                .orElse(List.of());
    }

    private static LocalDateTime resubmitBy(Application a) {
        return switch (a.getStatus()) {
            case RETURNED -> local(a.getSession().calendar().resubmissionDeadline());
            case CONFIRMATION_FAILED -> local(a.getSession().calendar().confirmationDeadline());
            default -> null;
        };
    }

    private static boolean resubmissionOpen(Application a, Instant now) {
        return switch (a.getStatus()) {
            case RETURNED -> a.getSession().calendar().resubmissionAllowedAt(now);
            case CONFIRMATION_FAILED -> a.getSession().calendar().confirmationAllowedAt(now);
            default -> false;
        };
    }

    private String confirmationMode(Application a) {
        return em.createQuery("select r.confirmationMode from RegionRule r where r.session = :s and r.region = :r",
                        com.baokao.catalogue.ConfirmationMode.class).setParameter("s", a.getSession())
                .setParameter("r", a.getRegion()).getResultStream().findFirst().map(Enum::name).orElse(null);
    }

    /**
     * The session's proof rules with the file that currently answers each (this application's, else the profile's)
     * and how each stands by {@link ProofRequirements}: submit, the reviewer's checklist and the candidate's page all
     * read these lines.
     */
    public List<ApplicationView.ProofLine> confirmationProofs(Application a) {
        // the files' facts only, never their bytes (see ProfileViews.proofFiles)
        java.util.Map<com.baokao.catalogue.ProofKind, ProfileView.FileRef> own = new java.util.EnumMap<>(com.baokao.catalogue.ProofKind.class);
        for (Object[] row : em.createQuery("select p.kind, f.id, f.sizeBytes, f.width, f.height from ApplicationProof p"
                + " join p.file f where p.application = :a", Object[].class).setParameter("a", a).getResultList()) {
            own.put((com.baokao.catalogue.ProofKind) row[0], com.baokao.profile.ProfileViews.fileRef(row));
        }
        CandidateProfile profile = profileOf(a.getAccountId());
        ProfileView profileView = profile == null ? null : profileView(profile);
        List<com.baokao.catalogue.ProofRule> rules = em.createQuery("select r from ProofRule r where r.session = :s order by r.kind",
                com.baokao.catalogue.ProofRule.class).setParameter("s", a.getSession()).getResultList();
        java.util.Map<com.baokao.catalogue.ProofKind, ProfileView.FileRef> files = new java.util.EnumMap<>(com.baokao.catalogue.ProofKind.class);
        for (com.baokao.catalogue.ProofRule rule : rules) {
            ProfileView.FileRef ref = own.containsKey(rule.getKind()) ? own.get(rule.getKind())
                    : profileView == null ? null : profileView.proofs().stream().filter(p -> p.kind() == rule.getKind())
                    .map(ProfileView.ProofSlot::file).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (ref != null) {
                files.put(rule.getKind(), ref);
            }
        }
        java.util.Map<com.baokao.catalogue.ProofKind, Long> sizes = new java.util.EnumMap<>(com.baokao.catalogue.ProofKind.class);
        files.forEach((kind, ref) -> sizes.put(kind, ref.sizeBytes()));
        return ProofRequirements.check(rules.stream().map(r -> new ProofRequirements.Rule(r.getKind(), r.getMaxKb(),
                        r.isRequired())).toList(), a.getSession().isWorkProofWaivedForMedical(),
                        profile == null ? null : profile.basicInfo(), sizes).stream()
                .map(line -> new ApplicationView.ProofLine(line, files.get(line.kind()), own.containsKey(line.kind())))
                .toList();
    }

    /** Status changes from the audit trail, newest first: the candidate's own history of the application. */
    private List<ApplicationView.HistoryLine> history(Application a) {
        List<ApplicationView.HistoryLine> lines = new ArrayList<>();
        for (com.baokao.audit.AuditEvent e : em.createNamedQuery(com.baokao.audit.AuditEvent.FOR_SUBJECT,
                        com.baokao.audit.AuditEvent.class).setParameter("type", "Application")
                .setParameter("id", String.valueOf(a.getId())).setMaxResults(100).getResultList()) {
            java.util.regex.Matcher m = STATUS_CHANGE.matcher(e.getSummary() == null ? "" : e.getSummary());
            if (m.find()) {
                lines.add(new ApplicationView.HistoryLine(local(e.getOccurredAt()), e.getAction(), m.group(2),
                        // the candidate sees who acted by role, never a reviewer's username
                        e.getActorAccountId() != null && e.getActorAccountId() == a.getAccountId() ? "SELF"
                                : e.getActorAccountId() == null ? "SYSTEM" : "STAFF"));
            }
        }
        return lines;
    }

    private static final java.util.regex.Pattern STATUS_CHANGE = java.util.regex.Pattern.compile("^([A-Z_]+) -> ([A-Z_]+)");

    /** Fields the session asks of every candidate, whatever the condition. */
    private static java.util.Set<com.baokao.catalogue.ConditionField> sessionRequiredFields(ExamSession session) {
        return session.isResidencyTrainingDateRequired()
                ? java.util.Set.of(com.baokao.catalogue.ConditionField.RESIDENCY_TRAINING_DATE) : java.util.Set.of();
    }

    public ProfileView profileView(CandidateProfile profile) {
        return com.baokao.profile.ProfileViews.of(em, profile, clock.instant());
    }

    public List<ApplicationSubject> subjects(Application a) {
        return em.createQuery("select s from ApplicationSubject s join fetch s.subject where s.application = :a"
                + " order by s.subject.startsAt, s.subject.code", ApplicationSubject.class).setParameter("a", a).getResultList();
    }

    /** The photo used for this exam: one uploaded for it, else the profile photo. */
    public StoredFile photoOf(Application a) {
        if (a.getExamPhoto() != null) {
            return a.getExamPhoto();
        }
        CandidateProfile profile = profileOf(a.getAccountId());
        return profile == null ? null : profile.getPhoto();
    }

    /**
     * The account's profile, read once per transaction: one view needs it for the photo, the form, its code and the
     * proofs, and a list of views for each application (measured: 27 reads of the same profile in one registration-day
     * chain of API calls). The managed instance is kept, so changes made to it in the transaction are seen; an account
     * without a profile is asked again, since one may be created later in the same transaction.
     */
    private CandidateProfile profileOf(long accountId) {
        boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
        String key = PROFILE_OF_ACCOUNT + accountId;
        if (inTransaction && transactions.getResource(key) instanceof CandidateProfile kept && em.contains(kept)) {
            return kept;
        }
        CandidateProfile profile = em.createNamedQuery(CandidateProfile.OF_ACCOUNT, CandidateProfile.class)
                .setParameter("account", accountId).getResultStream().findFirst().orElse(null);
        if (inTransaction && profile != null) {
            transactions.putResource(key, profile);
        }
        return profile;
    }

    /** The exam's own photo rule, checked again on the stored bytes. */
    public ApplicationView.PhotoCheck photoCheck(Application a) {
        StoredFile photo = photoOf(a);
        if (photo == null) {
            return new ApplicationView.PhotoCheck(false,
                    List.of(new ApplicationView.PhotoCheck.Reason("profile.photo.missing", List.of())));
        }
        com.baokao.catalogue.PhotoRule rule = a.getSession().getPhotoRule();
        return PHOTO_CHECKS.check(photo.getSha256(), rule, () -> inspect(photo.getContent(), rule));
    }

    private static ApplicationView.PhotoCheck inspect(byte[] photo, com.baokao.catalogue.PhotoRule rule) {
        try {
            ImageInspector.inspectPhoto(photo, rule, "examPhoto");
            return ApplicationView.PhotoCheck.FITS;
        } catch (BaokaoException e) {
            return new ApplicationView.PhotoCheck(false, e.problems().stream()
                    .map(p -> new ApplicationView.PhotoCheck.Reason(p.getMessageKey(),
                            Arrays.stream(p.getMessageArgs()).map(String::valueOf).toList()))
                    .toList());
        }
    }

    public byte[] registrationForm(Application a) {
        return RegistrationFormPdf.render(formData(a));
    }

    public String verificationCode(Application a) {
        return verificationCode(a, subjects(a));
    }

    private String verificationCode(Application a, List<ApplicationSubject> subjects) {
        RegistrationFormData data = formData(a, subjects, "", false);
        return VerificationCode.of(secrets.key(FORM_KEY), printedContent(data, photoSha256(a)));
    }

    static String when(LocalDateTime time) {
        return time == null ? "" : WHEN.format(time);
    }

    // ---- the form ----

    private RegistrationFormData formData(Application a) {
        List<ApplicationSubject> subjects = subjects(a);
        return formData(a, subjects, verificationCode(a, subjects), true);
    }

    /** The photo's content hash as stored with it (the same SHA-256 of its bytes), so no view reads the bytes for it. */
    private String photoSha256(Application a) {
        StoredFile photo = photoOf(a);
        return photo == null ? "" : photo.getSha256();
    }

    /** Everything the form prints, in order: the code covers exactly this and the photo's bytes (by their hash). */
    private static List<String> printedContent(RegistrationFormData d, String photoSha256) {
        List<String> parts = new ArrayList<>(Arrays.asList(d.examCode(), d.examName(), d.serialNumber(), d.statusLabel(),
                d.fullName(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.phone(), d.email(), d.education(),
                d.major(), d.graduationDate(), d.workUnit(), d.unitType(), d.workYears(), d.practiceCategory(),
                d.firstRegistrationDate(), d.region(), d.reviewPoint(), d.site(), d.level(), d.specialty(), d.condition(),
                d.candidateType()));
        d.subjects().forEach(s -> parts.addAll(List.of(s.code(), s.name(), s.when(), s.note())));
        d.extraFields().forEach(f -> parts.addAll(Arrays.asList(f)));
        parts.add(photoSha256);
        return parts;
    }

    /** {@code withImage}: decode the photo for printing (the code needs only its bytes); {@code rows}: {@link #subjects}. */
    private RegistrationFormData formData(Application a, List<ApplicationSubject> rows, String code, boolean withImage) {
        Locale zh = UserMessages.DEFAULT_LOCALE;
        Account account = em.find(Account.class, a.getAccountId());
        CandidateProfile profile = profileOf(a.getAccountId());
        BasicInfo info = profile == null ? BasicInfo.empty() : profile.basicInfo();
        List<RegistrationFormData.SubjectLine> subjects = rows.stream().map(s -> new RegistrationFormData.SubjectLine(
                s.getSubject().getCode(), s.getSubject().getName(), when(local(s.getSubject().getStartsAt())),
                s.getPassedOn() == null ? "" : UserMessages.format(zh, "form.subject.carriedOver", s.getPassedOn().toString())))
                .toList();
        List<String[]> extra = new ArrayList<>();
        if (a.getCertificateNumber() != null) {
            extra.add(new String[] {label(zh, "form.certificateNumber"), a.getCertificateNumber()});
        }
        if (a.getCertificateDate() != null) {
            extra.add(new String[] {label(zh, "form.certificateDate"), a.getCertificateDate().toString()});
        }
        if (a.getResidencyTrainingDate() != null) {
            extra.add(new String[] {label(zh, "form.residencyTrainingDate"), a.getResidencyTrainingDate().toString()});
        }
        StoredFile photo = photoOf(a);
        return new RegistrationFormData(a.getSession().getName(), a.getSession().getCode(), serial(a),
                label(zh, "application.status." + a.getStatus()), account.getFullName(),
                account.getSex() == null ? "" : label(zh, "form.sex." + account.getSex()),
                String.valueOf(account.getBirthDate()), label(zh, "form.idType." + account.getIdType()), account.getIdNumber(),
                nz(account.getPhone()), nz(account.getEmail()),
                info.education() == null ? "" : label(zh, "form.education." + info.education()), nz(info.major()),
                info.graduationDate() == null ? "" : info.graduationDate().toString(), nz(info.workUnit()),
                info.unitType() == null ? "" : label(zh, "form.unitType." + info.unitType())
                        + (info.unitTypeOther() == null ? "" : "（" + info.unitTypeOther() + "）"),
                info.workYears() == null ? "" : String.valueOf(info.workYears()),
                info.practiceCategory() == null ? "" : label(zh, "form.practice." + info.practiceCategory()),
                info.firstRegistrationDate() == null ? "" : info.firstRegistrationDate().toString(),
                a.getRegion().getName(), a.getReviewPoint() == null ? "" : a.getReviewPoint().getName(),
                a.getSite() == null ? "" : a.getSite().getName() + "（" + a.getSite().getAddress() + "）",
                a.getLevel() == null ? "" : a.getLevel().getName(), a.getSpecialty() == null ? "" : a.getSpecialty().getName(),
                a.getCondition() == null ? "" : a.getCondition().getText(), subjects,
                a.getCandidateType() == null ? "" : label(zh, "form.candidateType." + a.getCandidateType()), extra,
                photo == null || !withImage ? null : photo.getContent(),
                photo == null || !withImage ? null : ImageInspector.decodeUpright(photo.getContent()),
                code, when(LocalDateTime.now(clock.withZone(BusinessTime.ZONE))), zh);
    }

    private static String label(Locale locale, String key) {
        return UserMessages.format(locale, key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- timeline ----

    /** Seed 003's nodes; the status says which is current, the session's calendar gives each deadline. */
    private List<ApplicationView.Step> timeline(Application a) {
        var calendar = a.getSession().calendar();
        String[] keys = {"fill", "confirm", "review", "pay", "ticket", "exam", "score"};
        // deadlines only where the next move is the candidate's; reviews and results have none to meet
        LocalDateTime[] deadlines = {local(calendar.registration().closesAt()), local(calendar.confirmationDeadline()),
                null, local(calendar.paymentDeadline()), local(calendar.ticketPrinting().closesAt()), null, null};
        int current = switch (a.getStatus()) {
            case DRAFT -> 0;
            case SUBMITTED, CONFIRMATION_FAILED, ABANDONED -> 1;
            case CONFIRMED, SITE_APPROVED, RETURNED, REFUSED -> 2;
            case APPROVED -> 3;
            case PAID -> 4;
            case TICKETED -> 5;
            case SCORED -> 6;
            case CERTIFIED -> 7;
        };
        List<ApplicationView.Step> steps = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            ApplicationView.Step.State state = i < current ? ApplicationView.Step.State.DONE
                    : i == current ? ApplicationView.Step.State.CURRENT : ApplicationView.Step.State.UPCOMING;
            steps.add(new ApplicationView.Step("application.step." + keys[i], state, deadlines[i]));
        }
        return steps;
    }

    private static Choices choices(Application a) {
        return new Choices(id(a.getReviewPoint()), id(a.getSite()), id(a.getLevel()), id(a.getSpecialty()),
                id(a.getCondition()), a.getCertificateNumber(), a.getCertificateDate(), a.getResidencyTrainingDate());
    }

    private static Long id(com.baokao.catalogue.CatalogueEntity e) {
        return e == null ? null : e.getId();
    }

    /** The registration serial number as printed: exam code and eight digits. */
    public static String serial(Application a) {
        return a.getSerialNumber() == null ? null : String.format("%s-%08d", a.getSession().getCode(), a.getSerialNumber());
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
    }
}
