package com.baokao.audit;

import com.baokao.platform.Database;
import com.baokao.platform.Caller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

    @Inject
    ActorNames actorNames;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, String summary) {
        Principal caller = session.getCallerPrincipal();
        Long accountId = Caller.accountIdOf(caller);
        String actor = SYSTEM;
        if (caller != null && !"ANONYMOUS".equalsIgnoreCase(caller.getName())) {
            actor = caller.getName(); // as it is when not one of our accounts (e.g. a run-as identity)
            if (accountId != null) {
                // readable in the trail, and kept even if the username were ever corrected
                actor = actorNames.nameOf(accountId).orElse(actor);
            }
        }
        em.persist(new AuditEvent(clock.instant(), accountId, actor, action, subjectType, String.valueOf(subjectId), summary));
    }

    /** Newest first; {@code filter} matches action, subject type or summary. */
    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> recent(int first, int max, String filter) {
        return recent(first, max, AuditFilter.text(filter));
    }

    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(String filter) {
        return count(AuditFilter.text(filter));
    }

    /** Newest first, the events every given part of {@code filter} matches. */
    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> recent(int first, int max, AuditFilter filter) {
        return filtered("select e from AuditEvent e", filter, " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(AuditEvent::entry).toList();
    }

    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(AuditFilter filter) {
        return filtered("select count(e) from AuditEvent e", filter, "", Long.class).getSingleResult();
    }

    /** The action codes the trail holds, for the filter's choice. */
    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class).getResultList();
    }

    private <T> jakarta.persistence.TypedQuery<T> filtered(String select, AuditFilter filter, String order, Class<T> type) {
        AuditFilter f = filter == null ? AuditFilter.NONE : filter;
        List<String> where = new java.util.ArrayList<>();
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        if (AuditFilter.given(f.text())) {
            where.add("(lower(e.action) like :f" + Database.LIKE_ESCAPE + " or lower(e.subjectType) like :f" + Database.LIKE_ESCAPE
                    + " or lower(e.summary) like :f" + Database.LIKE_ESCAPE + ")");
            parameters.put("f", Database.containing(f.text().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (AuditFilter.given(f.actor())) {
            where.add("lower(e.actor) like :actor" + Database.LIKE_ESCAPE);
            parameters.put("actor", Database.containing(f.actor().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (AuditFilter.given(f.action())) {
            where.add("e.action = :action");
            parameters.put("action", f.action().strip());
        }
        if (AuditFilter.given(f.subjectType())) {
            where.add("lower(e.subjectType) = :subjectType");
            parameters.put("subjectType", f.subjectType().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (AuditFilter.given(f.subjectId())) {
            where.add("e.subjectId = :subjectId");
            parameters.put("subjectId", f.subjectId().strip());
        }
        if (f.from() != null) {
            where.add("e.occurredAt >= :start");
            parameters.put("start", f.from().atStartOfDay(com.baokao.platform.BusinessTime.ZONE).toInstant());
        }
        if (f.to() != null) {
            where.add("e.occurredAt < :end");
            parameters.put("end", f.to().plusDays(1).atStartOfDay(com.baokao.platform.BusinessTime.ZONE).toInstant());
        }
        jakarta.persistence.TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order, type);
        parameters.forEach(q::setParameter);
        return q;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> history(String subjectType, Object subjectId, int max) {
        return em.createNamedQuery(AuditEvent.FOR_SUBJECT, AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", String.valueOf(subjectId))
                .setMaxResults(max).getResultStream().map(AuditEvent::entry).toList();
    }
}
