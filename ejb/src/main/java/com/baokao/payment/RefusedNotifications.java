package com.baokao.payment;

import com.baokao.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the evidence of refused payment notifications without letting a flood of forged ones flood the audit
 * trail or the log: each hour and reason gets one audit row and one log line (its first refusal) and a tally that
 * counts the rest ({@link RefusedNotificationTally}).
 */
@Stateless
public class RefusedNotifications {

    private static final Logger LOG = Logger.getLogger(RefusedNotifications.class.getName());

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    /**
     * Counts one refusal in a transaction of its own (a refused notification changes nothing else). Two first
     * refusals of an hour racing meet at the tally's primary key; the loser's caller counts again and finds it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(Instant at, String reason, String orderNo, String from) {
        RefusedNotificationTally tally = em.find(RefusedNotificationTally.class,
                RefusedNotificationTally.keyOf(at, reason), LockModeType.PESSIMISTIC_WRITE);
        if (tally == null) {
            tally = new RefusedNotificationTally(at, reason);
            em.persist(tally);
        }
        if (tally.count(at, orderNo, from)) {
            LOG.warning(() -> "payment notification refused (" + reason + "), order " + orderNo + " from " + from
                    + "; further refusals this hour are only counted in refused_notification_tally");
            audit.record("payment.notification.refused", "PaymentOrder", String.valueOf(orderNo),
                    reason + " from " + from + "; this hour's further refusals are counted, not listed");
        }
        em.flush();
    }

    /** The tally of an hour and reason, for tests and the operator. */
    public java.util.Optional<RefusedNotificationTally> tally(Instant at, String reason) {
        return java.util.Optional.ofNullable(em.find(RefusedNotificationTally.class, RefusedNotificationTally.keyOf(at, reason)));
    }
}
