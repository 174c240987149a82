package com.baokao.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages, each in its own transaction. A message is claimed with a conditional
 * update (PENDING to SENDING) so two nodes of a cluster never send the same message twice.
 */
@Stateless
public class OutboxDelivery {

    /** How long a delivered message is kept, for questions such as "did the code go out?". */
    public static final Duration KEEP_SENT_MESSAGES = Duration.ofDays(30);

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    MessageGateway gateway;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueMessages(int max) {
        return em.createNamedQuery(OutboxMessage.DUE, Long.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** @return true when this call claimed and delivered the message */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long messageId) {
        int claimed = em.createQuery("update OutboxMessage m set m.status = :sending where m.id = :id"
                        + " and m.status = :pending")
                .setParameter("sending", OutboxMessage.Status.SENDING)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("id", messageId).executeUpdate();
        if (claimed != 1) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        em.refresh(message);
        Instant now = clock.instant();
        try {
            gateway.deliver(message.messageKey(), message.toOutgoing());
            message.sent(now);
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Delivery of outbox message " + messageId + " failed; will retry", e);
            message.failed(now, e.toString());
            return false;
        }
    }

    /** Housekeeping: removes messages delivered more than {@link #KEEP_SENT_MESSAGES} ago. */
    public int purgeDelivered(Instant now) {
        return em.createNativeQuery("delete from outbox_message where status = 'SENT' and sent_at < ?")
                .setParameter(1, now.minus(KEEP_SENT_MESSAGES).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
