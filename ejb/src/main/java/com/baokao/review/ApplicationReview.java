package com.baokao.review;

import com.baokao.account.Account;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationEvent;
import com.baokao.application.ApplicationLifecycle;
import com.baokao.application.ApplicationMoves;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.ApplicationView;
import com.baokao.application.FormCode;
import com.baokao.application.PostExamReview;
import com.baokao.application.ReviewRoute;
import com.baokao.application.ReviewStage;
import com.baokao.application.VerificationCode;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.decision.Claim;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewDecision;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.profile.CandidateProfile;
import com.baokao.profile.ProfileView;
import com.baokao.staff.Reach;
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
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reviewers' work on applications: the queue of what waits for them (their reach only, oldest first), claiming an
 * item, the review view with every rule check, and the decisions: online confirmation, approval at the site or
 * region level, return for correction, final refusal, on-site confirmation by the form's code, and the review after
 * the exam. Out of reach looks exactly like "no such application".
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ApplicationReview {

    /** Queue filters; {@code status} null means "everything waiting for a decision I may take". */
    public record QueueFilter(Long sessionId, Long levelId, ApplicationStatus status, boolean postExam,
                              LocalDate submittedFrom, LocalDate submittedTo, String text) implements Serializable {

        public static QueueFilter waiting() {
            return new QueueFilter(null, null, null, false, null, null, null);
        }
    }

    public record QueueRow(long id, String serialNumber, String candidate, String idNumber, String exam, String level,
                           String region, String site, ApplicationStatus status, LocalDateTime submittedAt,
                           String claimedBy) implements Serializable {
    }

    public record Option(long id, String label) implements Serializable {
    }

    /** A rule check shown to the reviewer: its message key and arguments, and whether it passed. */
    public record Check(String key, List<String> args, boolean passed) implements Serializable {
    }

    public record DecisionLine(LocalDateTime at, String stage, String outcome, String fromStatus, String toStatus,
                               String reviewer, List<ReasonEntry> reasons) implements Serializable {
    }

    public record ReviewItem(long id, long version, ProfileReview.Candidate candidate, ApplicationView application,
                             ProfileView profile, ReviewStage stage, String confirmationMode, boolean twoLevels,
                             boolean reviewAfterExam, List<ApplicationEvent> allowed, boolean postExamDue,
                             String claimedByOther, List<Check> checks, List<DecisionLine> decisions)
            implements Serializable {

        public boolean mayDecide() {
            return claimedByOther == null && (!allowed.isEmpty() || postExamDue);
        }
    }

    /** What on-site confirmation did, for the confirmation desk's screen. */
    public record OnSiteResult(long applicationId, String candidate, String idNumber, String exam,
                               ApplicationStatus status) implements Serializable {
    }

    /** The statuses of the queue's tabs: those in which an application can wait for a reviewer. */
    private static final List<ApplicationStatus> WAITING = ApplicationLifecycle.waitingStatuses();

    /** The queues before the exam, in the query built from {@link ApplicationLifecycle#waitingCondition}. */
    private static final List<ReviewStage> PRE_EXAM_QUEUES = List.of(ReviewStage.CONFIRMATION, ReviewStage.SITE_REVIEW,
            ReviewStage.REGION_REVIEW);

    private static final ApplicationLifecycle.QueueColumns QUEUE_COLUMNS = ApplicationLifecycle.QueueColumns.jpql("a", "r");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    ApplicationMoves moves;

    @EJB
    ApplicationDocuments documents;

    // ---- the queue ----

    public List<QueueRow> queue(QueueFilter filter, int first, int max) {
        TypedQuery<Object[]> q = queueQuery("select a, acc", filter, " order by a.submittedAt, a.id", Object[].class);
        Instant now = clock.instant();
        long me = Caller.accountId(context);
        return q.setFirstResult(first).setMaxResults(max).getResultList().stream().map(row -> {
            Application a = (Application) row[0];
            Account candidate = (Account) row[1];
            Claim claim = a.getClaim();
            String serial = ApplicationDocuments.serial(a);
            return new QueueRow(a.getId(), serial == null ? "" : serial, candidate.getFullName(), candidate.getIdNumber(),
                    a.getSession().getName(), a.getLevel() == null ? "" : a.getLevel().getName(), a.getRegion().getName(),
                    a.getSite() == null ? "" : a.getSite().getName(), a.getStatus(),
                    a.getSubmittedAt() == null ? null : LocalDateTime.ofInstant(a.getSubmittedAt(), BusinessTime.ZONE),
                    claim.heldByOther(me, now) ? nameOf(claim.getClaimedBy()) : null);
        }).toList();
    }

    public long count(QueueFilter filter) {
        return queueQuery("select count(a)", filter, "", Long.class).getSingleResult();
    }

    /** How many items in my reach wait at each status (the queue's tabs); under SCORED, those due a post-exam review. */
    public Map<ApplicationStatus, Long> countsByStatus(Long sessionId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : WAITING) {
            counts.put(status, count(new QueueFilter(sessionId, null, status, false, null, null, null)));
        }
        counts.put(ApplicationStatus.SCORED, count(new QueueFilter(sessionId, null, null, true, null, null, null)));
        return counts;
    }

    /** The oldest item after {@code currentId} that waits for me and nobody else holds (the "next" key). */
    public Long next(QueueFilter filter, long currentId) {
        for (QueueRow row : queue(filter, 0, 50)) {
            if (row.id() != currentId && row.claimedBy() == null) {
                return row.id();
            }
        }
        return null;
    }

    public List<Option> sessions() {
        return em.createQuery("select s from ExamSession s order by s.registrationOpensAt desc", com.baokao.catalogue.ExamSession.class)
                .getResultList().stream().map(s -> new Option(s.getId(), s.getName())).toList();
    }

    public List<Option> levels(long sessionId) {
        return em.createQuery("select l from ExamLevel l where l.session.id = :s order by l.code", com.baokao.catalogue.ExamLevel.class)
                .setParameter("s", sessionId).getResultList().stream().map(l -> new Option(l.getId(), l.getName())).toList();
    }

    private <T> TypedQuery<T> queueQuery(String select, QueueFilter f, String order, Class<T> type) {
        Reach reach = reach();
        StringBuilder jpql = new StringBuilder(select).append(" from Application a, Account acc, RegionRule r")
                .append(" where acc.id = a.accountId and r.session = a.session and r.region = a.region");
        if (f.postExam()) {
            jpql.append(" and a.postExamReview = com.baokao.application.PostExamReview.PENDING and r.reviewAfterExam = true")
                    .append(" and ").append(whereDecides(ReviewStage.POST_EXAM_REVIEW, reach));
        } else {
            // what waits for a decision this reviewer may take: each queue's statuses and routes from the lifecycle's
            // one table, with the part of the reach that decides there (as allowedFor)
            String status = f.status() == null ? "" : " and a.status = :status";
            jpql.append(status).append(" and (");
            String or = "";
            for (ReviewStage stage : PRE_EXAM_QUEUES) {
                jpql.append(or).append("(").append(ApplicationLifecycle.waitingCondition(stage, QUEUE_COLUMNS))
                        .append(" and ").append(whereDecides(stage, reach)).append(")");
                or = " or ";
            }
            if (f.status() != null && !WAITING.contains(f.status())) {
                // returned, failed or refused items are listed for reference by anyone in reach
                jpql.append(" or (").append(reach.where("a")).append(")");
            }
            jpql.append(")");
        }
        if (f.sessionId() != null) {
            jpql.append(" and a.session.id = :session");
        }
        if (f.levelId() != null) {
            jpql.append(" and a.level.id = :level");
        }
        if (f.submittedFrom() != null) {
            jpql.append(" and a.submittedAt >= :from");
        }
        if (f.submittedTo() != null) {
            jpql.append(" and a.submittedAt < :to");
        }
        String text = f.text() == null ? "" : f.text().strip();
        if (!text.isEmpty()) {
            jpql.append(" and (acc.fullName like :text or acc.idNumber = :exact)");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        reach.bind(q);
        if (f.status() != null && !f.postExam()) {
            q.setParameter("status", f.status());
        }
        if (f.sessionId() != null) {
            q.setParameter("session", f.sessionId());
        }
        if (f.levelId() != null) {
            q.setParameter("level", f.levelId());
        }
        // days are Shanghai days; the end day is included
        if (f.submittedFrom() != null) {
            q.setParameter("from", f.submittedFrom().atStartOfDay(BusinessTime.ZONE).toInstant());
        }
        if (f.submittedTo() != null) {
            q.setParameter("to", f.submittedTo().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        }
        if (!text.isEmpty()) {
            q.setParameter("text", "%" + text.replace("%", "").replace("_", "") + "%");
            q.setParameter("exact", text.toUpperCase(Locale.ROOT));
        }
        return q;
    }

    // ---- one item ----

    /** Opens an item for review and claims it if nobody else holds it; someone else's claim makes it read-only. */
    public ReviewItem open(long applicationId) {
        Application a = locked(applicationId);
        long me = Caller.accountId(context);
        Instant now = clock.instant();
        String other = null;
        if (a.getClaim().heldByOther(me, now)) {
            other = nameOf(a.getClaim().getClaimedBy());
        } else if (!allowedFor(a).isEmpty() || postExamDue(a)) {
            a.getClaim().take(me, null, now);
            em.flush(); // the version the page gets is the claimed one
        }
        return item(a, other);
    }

    /** Claims an item explicitly; of two reviewers claiming at once, exactly one wins. */
    public void claim(long applicationId) {
        Application a = locked(applicationId);
        a.getClaim().take(Caller.accountId(context), nameOf(a.getClaim().getClaimedBy()), clock.instant());
    }

    public void release(long applicationId) {
        Application a = locked(applicationId);
        if (a.getClaim().getClaimedBy() != null && a.getClaim().getClaimedBy() == Caller.accountId(context)) {
            a.getClaim().release();
        }
    }

    /** Online confirmation: the proofs are accepted. */
    public void confirm(long applicationId, long expectedVersion) {
        decide(applicationId, expectedVersion, ApplicationEvent.CONFIRM, List.of());
    }

    /** Online confirmation failed; the candidate may upload again until the confirmation deadline. */
    public void failConfirmation(long applicationId, long expectedVersion, List<ReasonEntry> reasons) {
        decide(applicationId, expectedVersion, ApplicationEvent.FAIL_CONFIRMATION, ReasonEntry.validated(reasons));
    }

    public void approve(long applicationId, long expectedVersion) {
        decide(applicationId, expectedVersion, ApplicationEvent.APPROVE, List.of());
    }

    /** 退回修改: the candidate may fix and resubmit before the resubmission deadline. */
    public void returnForCorrection(long applicationId, long expectedVersion, List<ReasonEntry> reasons) {
        decide(applicationId, expectedVersion, ApplicationEvent.RETURN, ReasonEntry.validated(reasons));
    }

    /** 不合格: final. */
    public void refuse(long applicationId, long expectedVersion, List<ReasonEntry> reasons) {
        decide(applicationId, expectedVersion, ApplicationEvent.REFUSE, ReasonEntry.validated(reasons));
    }

    /** 考后复核: a failure voids this exam's scores, keeping them with the reasons. */
    public void decidePostExam(long applicationId, long expectedVersion, boolean passed, List<ReasonEntry> reasons) {
        Application a = lockedAt(applicationId, expectedVersion);
        a.getClaim().take(Caller.accountId(context), nameOf(a.getClaim().getClaimedBy()), clock.instant());
        moves.decidePostExam(a, passed, passed ? List.of() : ReasonEntry.validated(reasons));
        a.getClaim().release();
    }

    /**
     * On-site confirmation: the code printed on the candidate's form (scanned or typed). The current code
     * confirms; an earlier code of the same application means the printout is stale; anything else is unknown.
     */
    public OnSiteResult confirmOnSite(String typedCode) {
        String code = VerificationCode.normalise(typedCode);
        FormCode issued = code.isEmpty() ? null : em.find(FormCode.class, code);
        Application a = issued == null ? null : em.find(Application.class, issued.getApplicationId());
        if (a == null || !reach().covers(idOf(a.getRegion()), idOf(a.getReviewPoint()), idOf(a.getSite()))) {
            throw BaokaoException.at("code", "confirmation.code.unknown");
        }
        a = locked(a.getId());
        ReviewRoute route = moves.routeOf(a);
        if (route.confirmation() != ConfirmationMode.ON_SITE) {
            throw BaokaoException.at("code", "confirmation.code.onlineRegion");
        }
        if (a.getStatus() != ApplicationStatus.SUBMITTED) {
            throw BaokaoException.at("code", "confirmation.code.notWaiting",
                    com.baokao.i18n.UserMessages.format(Locale.SIMPLIFIED_CHINESE, "application.status." + a.getStatus()));
        }
        if (!documents.verificationCode(a).equals(code)) {
            throw BaokaoException.at("code", "confirmation.code.stale", when(issued.getIssuedAt()));
        }
        a.getClaim().take(Caller.accountId(context), nameOf(a.getClaim().getClaimedBy()), clock.instant());
        moves.move(a, ApplicationEvent.CONFIRM, List.of());
        a.getClaim().release();
        Account candidate = em.find(Account.class, a.getAccountId());
        return new OnSiteResult(a.getId(), candidate.getFullName(), candidate.getIdNumber(), a.getSession().getName(),
                a.getStatus());
    }

    private void decide(long applicationId, long expectedVersion, ApplicationEvent event, List<ReasonEntry> reasons) {
        Application a = lockedAt(applicationId, expectedVersion);
        if (!allowedFor(a).contains(event)) {
            throw new BaokaoException("review.decision.notYours");
        }
        a.getClaim().take(Caller.accountId(context), nameOf(a.getClaim().getClaimedBy()), clock.instant());
        moves.move(a, event, reasons);
        a.getClaim().release();
    }

    /** The decisions this reviewer may take on the item now (scope and stage; deadlines are checked on deciding). */
    private List<ApplicationEvent> allowedFor(Application a) {
        ReviewRoute route = moves.routeOf(a);
        ReviewStage stage = ApplicationLifecycle.stageOf(a.getStatus(), route).orElse(null);
        boolean decides = stage != null && decides(stage, reach(), a);
        List<ApplicationEvent> events = new ArrayList<>();
        if (stage == ReviewStage.CONFIRMATION && route.confirmation() == ConfirmationMode.ONLINE && decides) {
            events.add(ApplicationEvent.CONFIRM);
            events.add(ApplicationEvent.FAIL_CONFIRMATION);
        }
        boolean mayReview = (stage == ReviewStage.SITE_REVIEW || stage == ReviewStage.REGION_REVIEW) && decides;
        if (mayReview) {
            events.add(ApplicationEvent.APPROVE);
            if (a.getSession().calendar().resubmissionAllowedAt(clock.instant())) {
                events.add(ApplicationEvent.RETURN);
            }
            events.add(ApplicationEvent.REFUSE);
        }
        return events;
    }

    /**
     * Who decides in each queue: anyone in reach confirms (and reviews after the exam), the site level takes the first
     * of two review levels, the region the only or the second. {@link #whereDecides} is the same for the queue query.
     */
    private static boolean decides(ReviewStage stage, Reach reach, Application a) {
        return switch (stage) {
            case CONFIRMATION, POST_EXAM_REVIEW -> reach.covers(idOf(a.getRegion()), idOf(a.getReviewPoint()), idOf(a.getSite()));
            case SITE_REVIEW -> reach.coversSiteLevel(idOf(a.getReviewPoint()), idOf(a.getSite()));
            case REGION_REVIEW -> reach.coversRegion(idOf(a.getRegion()));
        };
    }

    private static String whereDecides(ReviewStage stage, Reach reach) {
        return switch (stage) {
            case CONFIRMATION, POST_EXAM_REVIEW -> reach.where("a");
            case SITE_REVIEW -> reach.whereSiteLevel("a");
            case REGION_REVIEW -> reach.whereRegion("a");
        };
    }

    private boolean postExamDue(Application a) {
        Instant first = documents.subjects(a).stream().map(s -> s.getSubject().getStartsAt()).min(Instant::compareTo).orElse(null);
        return ApplicationLifecycle.postExamReviewDue(a.getStatus(), moves.routeOf(a), a.getPostExamReview(), first,
                clock.instant());
    }

    private ReviewItem item(Application a, String claimedByOther) {
        Account acc = em.find(Account.class, a.getAccountId());
        ProfileReview.Candidate candidate = new ProfileReview.Candidate(acc.getId(), acc.getFullName(), acc.getIdType().name(),
                acc.getIdNumber(), acc.getSex() == null ? null : acc.getSex().name(), acc.getBirthDate(), acc.getPhone(),
                acc.getEmail());
        CandidateProfile profile = em.createNamedQuery(CandidateProfile.OF_ACCOUNT, CandidateProfile.class)
                .setParameter("account", a.getAccountId()).getResultStream().findFirst().orElse(null);
        ApplicationView view = documents.view(a);
        ReviewRoute route = moves.routeOf(a);
        List<Check> checks = new ArrayList<>();
        ApplicationView.PhotoCheck photo = view.photoCheck();
        checks.add(photo.fits() ? new Check("review.check.photo.ok", List.of(), true)
                : new Check(photo.messageKey(), photo.messageArgs(), false));
        // the lines submit checked (ProofRequirements), so a proof waived there is not "missing" here
        for (ApplicationView.ProofLine proof : view.confirmationProofs()) {
            checks.add(new Check(proof.check().reviewKey(),
                    List.of(com.baokao.i18n.UserMessages.format(Locale.SIMPLIFIED_CHINESE, "proof.kind." + proof.kind()),
                            String.valueOf(proof.maxKb())), proof.check().passes()));
        }
        if (a.getSession().isApprovedProfileRequired()) {
            boolean approved = profile != null && profile.approvedAt(clock.instant());
            checks.add(new Check(approved ? "review.check.profile.approved" : "review.check.profile.notApproved", List.of(),
                    approved));
        }
        List<DecisionLine> decisions = em.createNamedQuery(ReviewDecision.OF_SUBJECT, ReviewDecision.class)
                .setParameter("type", ReviewDecision.APPLICATION).setParameter("id", a.getId()).getResultList().stream()
                .map(d -> new DecisionLine(LocalDateTime.ofInstant(d.getDecidedAt(), BusinessTime.ZONE), d.getStage(),
                        d.getOutcome(), d.getFromStatus(), d.getToStatus(), d.getReviewerName(), d.getReasons())).toList();
        boolean readOnly = claimedByOther != null;
        return new ReviewItem(a.getId(), a.getVersion(), candidate, view,
                profile == null ? null : documents.profileView(profile),
                ApplicationLifecycle.stageOf(a.getStatus(), route).orElse(postExamDue(a) ? ReviewStage.POST_EXAM_REVIEW : null),
                route.confirmation().name(), route.reviewLevels() == 2, route.reviewAfterExam(),
                readOnly ? List.of() : allowedFor(a), !readOnly && postExamDue(a), claimedByOther, checks, decisions);
    }

    // ---- access ----

    private Reach reach() {
        return context.isCallerInRole("ADMIN") ? Reach.everything() : Reach.of(em, Caller.accountId(context));
    }

    /** The application under its row lock, if it is in the caller's reach; otherwise "no such application". */
    private Application locked(long applicationId) {
        Application a = em.find(Application.class, applicationId);
        if (a == null || a.getStatus() == ApplicationStatus.DRAFT
                || !reach().covers(idOf(a.getRegion()), idOf(a.getReviewPoint()), idOf(a.getSite()))) {
            throw new EJBAccessException("no such application in your scope");
        }
        a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        return a;
    }

    private Application lockedAt(long applicationId, long expectedVersion) {
        Application a = locked(applicationId);
        if (a.getVersion() != expectedVersion) {
            throw new BaokaoException("review.stale");
        }
        return a;
    }

    private String nameOf(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? "" : account.getUsername() != null ? account.getUsername() : account.getFullName();
    }

    private static Long idOf(com.baokao.catalogue.CatalogueEntity e) {
        return e == null ? null : e.getId();
    }

    private static String when(Instant instant) {
        return LocalDateTime.ofInstant(instant, BusinessTime.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
