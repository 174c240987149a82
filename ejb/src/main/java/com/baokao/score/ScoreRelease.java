package com.baokao.score;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSession;
import com.baokao.i18n.BaokaoException;
import com.baokao.inbox.CandidateNotices;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Releasing a session's scores: the administrator sets the time (scores stay hidden until then, on every front end)
 * and may move or take back a release that has not come yet; once it has come, each candidate with scores in the
 * session is told once (inbox and e-mail), in batches, by {@link ScoreSchedules}.
 */
@Stateless
public class ScoreRelease {

    /** Candidates told per transaction. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CandidateNotices notices;

    @Inject
    Clock clock;

    /** A session as the release page lists it. */
    public record SessionRelease(long sessionId, String code, String name, Instant plannedAt, long scores,
                                 Instant releaseAt, Instant announcedAt, boolean released) implements java.io.Serializable {
    }

    /** Every session with imported scores or a release set, newest first. */
    @RolesAllowed("ADMIN")
    public List<SessionRelease> sessions() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select r.sessionId, count(r) from ScoreRecord r where r.sessionId is not null"
                + " group by r.sessionId", Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        Instant now = clock.instant();
        return em.createQuery("select s from ExamSession s order by s.id desc", ExamSession.class).getResultList()
                .stream().filter(s -> counts.containsKey(s.getId()) || s.getResultsReleaseAt() != null)
                .map(s -> new SessionRelease(s.getId(), s.getCode(), s.getName(), s.calendar().scoresReleasedAt(),
                        counts.getOrDefault(s.getId(), 0L), s.getResultsReleaseAt(), s.getResultsAnnouncedAt(),
                        s.resultsReleased(now))).toList();
    }

    /** Releases the session's scores at {@code at} (null: not released after all). */
    @RolesAllowed("ADMIN")
    public void releaseAt(long sessionId, Instant at) {
        ExamSession session = em.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new BaokaoException("score.session.notFound");
        }
        Instant now = clock.instant();
        if (session.resultsReleased(now)) {
            throw new BaokaoException("score.release.done");
        }
        if (at != null && scoresOf(sessionId) == 0) {
            throw new BaokaoException("score.release.noScores");
        }
        session.releaseResultsAt(at);
        audit.record(at == null ? "scores.release.withdrawn" : "scores.release.set", "ExamSession", sessionId,
                at == null ? "scores not released" : "scores released at " + at);
    }

    @RolesAllowed("ADMIN")
    public long scoresOf(long sessionId) {
        return em.createQuery("select count(r) from ScoreRecord r where r.sessionId = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult();
    }

    /** Sessions whose release time has come and whose candidates have not all been told. */
    @PermitAll
    public List<Long> dueAnnouncements() {
        return em.createQuery("select s.id from ExamSession s where s.resultsReleaseAt is not null"
                        + " and s.resultsAnnouncedAt is null and s.resultsReleaseAt <= :now order by s.id", Long.class)
                .setParameter("now", clock.instant()).getResultList();
    }

    /**
     * Tells the next {@link #BATCH} candidates of the session after account {@code after}, in one transaction (the
     * inbox's dedupe key keeps a batch redone after a crash from telling anyone twice). Returns the last account
     * told, or -1 when everyone has been, which marks the session announced.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long announceBatch(long sessionId, long after) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null || !session.resultsReleased(clock.instant()) || session.getResultsAnnouncedAt() != null) {
            return -1;
        }
        List<Long> accounts = em.createQuery("select distinct r.accountId from ScoreRecord r where r.sessionId = :s"
                        + " and r.accountId > :after order by r.accountId", Long.class)
                .setParameter("s", sessionId).setParameter("after", after).setMaxResults(BATCH).getResultList();
        for (long account : accounts) {
            notices.tell(account, "notice.scores.released", "/candidate/scores.xhtml",
                    "scores-released:" + sessionId + ":" + session.getResultsReleaseAt().toEpochMilli() + ":" + account,
                    List.of(session.getName()));
        }
        if (accounts.size() < BATCH) {
            session.resultsAnnounced(clock.instant());
            audit.record("scores.release.announced", "ExamSession", sessionId, "candidates told of the scores");
            return -1;
        }
        return accounts.get(accounts.size() - 1);
    }
}
