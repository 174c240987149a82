package com.baokao.payment;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.Subject;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * An administrator cancels a whole exam session or one subject of it, and everyone who paid for it is owed a refund:
 * for a session, what is left of each applied payment of its applications; for a subject, its fee for each paid
 * application that takes it (not carried over). The refunds are queued with one {@code insert ... select} in the
 * cancellation's transaction (a million payers are one statement, not a million persists), each with a key naming
 * its cause, so cancelling again queues nothing twice; {@link RefundExecutor} carries them out. The cancellation is
 * audited once, with the count.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Cancellations {

    static final int REASON_MAX = 500;

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** Cancels the session (if it is not already) and queues the refunds it owes; returns how many were queued now. */
    public int cancelSession(long sessionId, String reason) {
        String why = requireReason(reason);
        ExamSession session = em.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        Instant now = clock.instant();
        boolean cancelledNow = session.cancel(now, why);
        em.flush();
        int queued = em.createNativeQuery("insert into refund_request (id, payment_record_id, application_id, amount_fen,"
                        + " reason, status, created_at, refund_key, attempts)"
                        + " select " + Database.nextValueExpression(dataSource, "candidate_seq") + ", r.id, r.application_id,"
                        + " r.amount_fen - " + REFUNDED + ", 'SESSION_CANCELLED', 'QUEUED', ?,"
                        + " 'SESSION:' || CAST(r.id AS VARCHAR(20)), 0"
                        + " from payment_record r join application a on a.id = r.application_id"
                        + " where a.session_id = ? and r.outcome = 'APPLIED' and r.amount_fen > " + REFUNDED
                        + " and not exists (select 1 from refund_request k"
                        + " where k.refund_key = 'SESSION:' || CAST(r.id AS VARCHAR(20)))")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, sessionId).executeUpdate();
        if (cancelledNow || queued > 0) {
            audit.record("session.cancelled", "ExamSession", sessionId, session.getCode() + " " + session.getName()
                    + (cancelledNow ? "" : " (again)") + ": " + why + "; " + queued + " refunds queued");
        }
        return queued;
    }

    /** Cancels one subject (if it is not already) and queues its fee back to each payer; returns how many now. */
    public int cancelSubject(long subjectId, String reason) {
        String why = requireReason(reason);
        Subject subject = em.find(Subject.class, subjectId, LockModeType.PESSIMISTIC_WRITE);
        if (subject == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        ExamSession session = subject.getLevel().getSession();
        Instant now = clock.instant();
        boolean cancelledNow = subject.cancel(now, why);
        em.flush();
        // the application's applied payment, if what is left of it still covers the fee (a session cancelled
        // before has already given it all back)
        int queued = em.createNativeQuery("insert into refund_request (id, payment_record_id, application_id, amount_fen,"
                        + " reason, status, created_at, refund_key, subject_id, attempts)"
                        + " select " + Database.nextValueExpression(dataSource, "candidate_seq") + ", r.id, r.application_id,"
                        + " s.fee_fen, 'SUBJECT_CANCELLED', 'QUEUED', ?,"
                        + " 'SUBJECT:' || CAST(s.id AS VARCHAR(20)) || ':' || CAST(x.application_id AS VARCHAR(20)), s.id, 0"
                        + " from application_subject x join subject s on s.id = x.subject_id"
                        + " join payment_record r on r.application_id = x.application_id and r.outcome = 'APPLIED'"
                        + " where x.subject_id = ? and x.carried_over = false and s.fee_fen > 0"
                        + " and r.id = (select min(r2.id) from payment_record r2 where r2.application_id = x.application_id"
                        + " and r2.outcome = 'APPLIED')"
                        + " and r.amount_fen - " + REFUNDED + " >= s.fee_fen"
                        + " and not exists (select 1 from refund_request k where k.refund_key"
                        + " = 'SUBJECT:' || CAST(s.id AS VARCHAR(20)) || ':' || CAST(x.application_id AS VARCHAR(20)))")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, subjectId).executeUpdate();
        if (cancelledNow || queued > 0) {
            audit.record("subject.cancelled", "ExamSession", session.getId(), session.getCode() + " subject "
                    + subject.getCode() + " " + subject.getName() + (cancelledNow ? "" : " (again)") + ": " + why + "; "
                    + queued + " refunds of " + subject.getFeeFen() + " fen queued");
        }
        return queued;
    }

    /** What is already owed back of payment record {@code r}, whatever became of those refunds. */
    private static final String REFUNDED =
            "coalesce((select sum(q.amount_fen) from refund_request q where q.payment_record_id = r.id), 0)";

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BaokaoException.at("cancelReason", "cancel.reason.required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw BaokaoException.at("cancelReason", "cancel.reason.tooLong", REASON_MAX);
        }
        return reason.strip();
    }
}
