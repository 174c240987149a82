package com.baokao.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * The one audit mechanism every capability uses: a change records what it did in the same transaction
 * as the change ({@code MANDATORY}), so the trail can neither miss a committed change nor keep a
 * rolled-back one. The actor is the signed-in caller (principal name = account id) or "system".
 */
@Stateless
public class AuditTrail {

    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, String summary) {
        Principal caller = session.getCallerPrincipal();
        Long accountId = null;
        String actor = SYSTEM;
        if (caller != null && !"ANONYMOUS".equalsIgnoreCase(caller.getName())) {
            actor = caller.getName();
            try {
                accountId = Long.valueOf(caller.getName());
            } catch (NumberFormatException e) {
                // a container principal that is not one of our accounts (e.g. a run-as identity)
            }
        }
        em.persist(new AuditEvent(clock.instant(), accountId, actor, action, subjectType, String.valueOf(subjectId), summary));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> history(String subjectType, Object subjectId, int max) {
        return em.createNamedQuery(AuditEvent.FOR_SUBJECT, AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", String.valueOf(subjectId))
                .setMaxResults(max).getResultList();
    }
}
