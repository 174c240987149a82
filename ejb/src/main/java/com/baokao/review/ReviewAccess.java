package com.baokao.review;

import com.baokao.platform.OutOfReachException;
import com.baokao.account.Account;
import com.baokao.application.Application;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.ReviewStage;
import com.baokao.i18n.StaleVersionException;
import com.baokao.platform.Caller;
import com.baokao.staff.Reach;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * What a reviewer may see and decide, shared by the queue, the decisions and on-site confirmation: the caller's reach,
 * an application under its row lock only when it is in reach, and who decides in each queue, as a Java check on one
 * application ({@link #decides}) and as the same condition in the queue's query ({@link #whereDecides}).
 */
final class ReviewAccess {

    private ReviewAccess() {
    }

    /** Everything for an administrator; a reviewer's scopes otherwise. */
    static Reach reach(EntityManager em, SessionContext context) {
        return context.isCallerInRole("ADMIN") ? Reach.everything() : Reach.of(em, Caller.accountId(context));
    }

    /** The application under its row lock, if it is in the caller's reach; otherwise "no such application". */
    static Application locked(EntityManager em, SessionContext context, long applicationId) {
        Application a = em.find(Application.class, applicationId);
        if (a == null || a.getStatus() == ApplicationStatus.DRAFT || !covers(reach(em, context), a)) {
            throw new OutOfReachException("no such application in your scope");
        }
        a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        return a;
    }

    /** As {@link #locked}, and still at the version the reviewer saw. */
    static Application lockedAt(EntityManager em, SessionContext context, long applicationId, long expectedVersion) {
        Application a = locked(em, context, applicationId);
        if (a.getVersion() != expectedVersion) {
            throw new StaleVersionException("review.stale");
        }
        return a;
    }

    static boolean covers(Reach reach, Application a) {
        return reach.covers(idOf(a.getRegion()), idOf(a.getReviewPoint()), idOf(a.getSite()));
    }

    /**
     * Who decides in each queue: anyone in reach confirms (and reviews after the exam), the site level takes the first
     * of two review levels, the region the only or the second. {@link #whereDecides} is the same for the queue query.
     */
    static boolean decides(ReviewStage stage, Reach reach, Application a) {
        return switch (stage) {
            case CONFIRMATION, POST_EXAM_REVIEW -> covers(reach, a);
            case SITE_REVIEW -> reach.coversSiteLevel(idOf(a.getReviewPoint()), idOf(a.getSite()));
            case REGION_REVIEW -> reach.coversRegion(idOf(a.getRegion()));
        };
    }

    static String whereDecides(ReviewStage stage, Reach reach) {
        return switch (stage) {
            case CONFIRMATION, POST_EXAM_REVIEW -> reach.where("a");
            case SITE_REVIEW -> reach.whereSiteLevel("a");
            case REGION_REVIEW -> reach.whereRegion("a");
        };
    }

    /** A claim holder's name as the other reviewers see it. */
    static String nameOf(EntityManager em, Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? "" : account.displayName();
    }

    static Long idOf(com.baokao.catalogue.CatalogueEntity e) {
        return e == null ? null : e.getId();
    }
}
