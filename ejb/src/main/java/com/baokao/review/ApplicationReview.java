package com.baokao.review;

import com.baokao.account.Account;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationEvent;
import com.baokao.application.ApplicationLifecycle;
import com.baokao.application.ApplicationMoves;
import com.baokao.application.ApplicationView;
import com.baokao.application.ReviewRoute;
import com.baokao.application.ReviewStage;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewDecision;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
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
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reviewers' decisions on one application: opening it (which claims it, so two reviewers never work on the same one),
 * the review view with every rule check and earlier decision, and the decisions: online confirmation, approval at
 * the site or region level, return for correction, final refusal, and the review after the exam. Out of reach looks
 * exactly like "no such application". The queue is {@link ReviewQueue}; on-site confirmation {@link OnSiteConfirmation}.
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ApplicationReview {

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

    /** Opens an item for review and claims it if nobody else holds it; someone else's claim makes it read-only. */
    public ReviewItem open(long applicationId) {
        Application a = ReviewAccess.locked(em, context, applicationId);
        long me = Caller.accountId(context);
        Instant now = clock.instant();
        String other = null;
        if (a.getClaim().heldByOther(me, now)) {
            other = ReviewAccess.nameOf(em, a.getClaim().getClaimedBy());
        } else if (!allowedFor(a).isEmpty() || postExamDue(a)) {
            a.getClaim().take(me, null, now);
            em.flush(); // the version the page gets is the claimed one
        }
        return item(a, other);
    }

    /** Claims an item explicitly; of two reviewers claiming at once, exactly one wins. */
    public void claim(long applicationId) {
        Application a = ReviewAccess.locked(em, context, applicationId);
        a.getClaim().take(Caller.accountId(context), ReviewAccess.nameOf(em, a.getClaim().getClaimedBy()), clock.instant());
    }

    public void release(long applicationId) {
        Application a = ReviewAccess.locked(em, context, applicationId);
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
        Application a = ReviewAccess.lockedAt(em, context, applicationId, expectedVersion);
        a.getClaim().take(Caller.accountId(context), ReviewAccess.nameOf(em, a.getClaim().getClaimedBy()), clock.instant());
        moves.decidePostExam(a, passed, passed ? List.of() : ReasonEntry.validated(reasons));
        a.getClaim().release();
    }

    private void decide(long applicationId, long expectedVersion, ApplicationEvent event, List<ReasonEntry> reasons) {
        Application a = ReviewAccess.lockedAt(em, context, applicationId, expectedVersion);
        if (!allowedFor(a).contains(event)) {
            throw new BaokaoException("review.decision.notYours");
        }
        a.getClaim().take(Caller.accountId(context), ReviewAccess.nameOf(em, a.getClaim().getClaimedBy()), clock.instant());
        moves.move(a, event, reasons);
        a.getClaim().release();
    }

    /** The decisions this reviewer may take on the item now (scope and stage; deadlines are checked on deciding). */
    private List<ApplicationEvent> allowedFor(Application a) {
        ReviewRoute route = moves.routeOf(a);
        ReviewStage stage = ApplicationLifecycle.stageOf(a.getStatus(), route).orElse(null);
        boolean decides = stage != null && ReviewAccess.decides(stage, ReviewAccess.reach(em, context), a);
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
        if (photo.fits()) {
            checks.add(new Check("review.check.photo.ok", List.of(), true));
        }
        photo.reasons().forEach(reason -> checks.add(new Check(reason.messageKey(), reason.messageArgs(), false)));
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
}
