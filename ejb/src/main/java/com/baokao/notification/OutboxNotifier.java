package com.baokao.notification;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/** The {@link Notifier}: writes the message to the outbox in the caller's transaction. */
@Stateless
@Local(Notifier.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OutboxNotifier implements Notifier {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void send(OutgoingMessage message) {
        em.persist(new OutboxMessage(message, clock.instant()));
    }
}
