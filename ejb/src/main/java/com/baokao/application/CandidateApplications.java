package com.baokao.application;

import com.baokao.catalogue.ExamLevel;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.Window;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.StaleVersionException;
import com.baokao.platform.BusinessTime;
import com.baokao.profile.CandidateProfile;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The lookups and locks a candidate's applications share: the published exam, a level of it, the candidate's own
 * application and profile, and an application under its row lock at the version the page showed (as a draft, where
 * the candidate may still change it).
 */
final class CandidateApplications {

    private CandidateApplications() {
    }

    static ExamSession publishedSession(EntityManager em, long sessionId) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null || !session.isPublished()) {
            throw new BaokaoException("application.exam.unknown");
        }
        return session;
    }

    static ExamLevel levelOf(EntityManager em, ExamSession session, long levelId) {
        ExamLevel level = em.find(ExamLevel.class, levelId);
        if (level == null || !level.getSession().getId().equals(session.getId())) {
            throw BaokaoException.at("level", "application.choice.invalid");
        }
        return level;
    }

    static Optional<Application> existing(EntityManager em, long account, ExamSession session) {
        return em.createQuery("select a from Application a where a.accountId = :a and a.session = :s", Application.class)
                .setParameter("a", account).setParameter("s", session).getResultStream().findFirst();
    }

    static Optional<CandidateProfile> profile(EntityManager em, long account) {
        return em.createNamedQuery(CandidateProfile.OF_ACCOUNT, CandidateProfile.class).setParameter("account", account)
                .getResultStream().findFirst();
    }

    /** Serialises changes to one application (SELECT ... FOR UPDATE); a page showing an older version must reload. */
    static Application lock(EntityManager em, SessionContext context, long applicationId, long expectedVersion) {
        OwnApplications.own(em, context, applicationId);
        return lockChecked(em, applicationId, expectedVersion);
    }

    /** As {@link #lock}, for a named candidate (the walk-in desk, whose caller is the operator). */
    static Application lockOf(EntityManager em, long account, long applicationId, long expectedVersion) {
        Application own = em.find(Application.class, applicationId);
        if (own == null || own.getAccountId() != account) {
            throw new com.baokao.platform.OutOfReachException("no such application");
        }
        return lockChecked(em, applicationId, expectedVersion);
    }

    private static Application lockChecked(EntityManager em, long applicationId, long expectedVersion) {
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(application);
        if (application.getVersion() != expectedVersion) {
            throw new StaleVersionException("application.stale");
        }
        return application;
    }

    /** A draft while registration is open, or an application returned for correction until the resubmission deadline. */
    static Application lockDraft(EntityManager em, SessionContext context, Instant now, long applicationId,
                                  long expectedVersion) {
        return editable(lock(em, context, applicationId, expectedVersion), now);
    }

    /** As {@link #lockDraft}, for a named candidate (the walk-in desk). */
    static Application lockDraftOf(EntityManager em, long account, Instant now, long applicationId, long expectedVersion) {
        return editable(lockOf(em, account, applicationId, expectedVersion), now);
    }

    private static Application editable(Application application, Instant now) {
        if (!application.getStatus().editableByCandidate()) {
            throw new BaokaoException("application.locked", application.getStatus().name());
        }
        if (application.getStatus() == ApplicationStatus.RETURNED) {
            if (!application.getSession().calendar().resubmissionAllowedAt(now)) {
                throw new BaokaoException("application.resubmission.closed", ApplicationDocuments.when(LocalDateTime.ofInstant(
                        application.getSession().calendar().resubmissionDeadline(), BusinessTime.ZONE)));
            }
        } else {
            requireWindowOpen(application.getSession(), now);
        }
        return application;
    }

    /**
     * The names of the review points whose desks take this session's registrations (in the regions it is held in),
     * for the sentence that refuses an online registration of an exam taken only at the desks.
     */
    static String deskPointNames(EntityManager em, ExamSession session) {
        java.util.Set<Long> roots = new java.util.HashSet<>(em.createQuery(
                "select r.region.id from RegionRule r where r.session = :s", Long.class).setParameter("s", session).getResultList());
        java.util.Set<Long> area = com.baokao.catalogue.RegionTree.below(em, roots);
        if (area.isEmpty()) {
            return "";
        }
        return String.join("、", em.createQuery("select p.name from ReviewPoint p where p.takesWalkIns = true"
                + " and p.region.id in :area order by p.name", String.class).setParameter("area", area).getResultList());
    }

    /** Registration is open and the exam not cancelled; otherwise a sentence with the window's dates. */
    static void requireWindowOpen(ExamSession session, Instant now) {
        if (session.isCancelled()) {
            throw new BaokaoException("application.exam.cancelled", session.getName());
        }
        Window window = session.calendar().registration();
        switch (window.phaseAt(now)) {
            case NOT_YET_OPEN -> throw new BaokaoException("registration.window.notOpen",
                    ApplicationDocuments.when(window.opensInShanghai()));
            case CLOSED -> throw new BaokaoException("registration.window.closed", ApplicationDocuments.when(window.closesInShanghai()));
            default -> {
            }
        }
    }
}
