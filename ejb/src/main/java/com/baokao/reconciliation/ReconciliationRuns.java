package com.baokao.reconciliation;

import com.baokao.audit.AuditTrail;
import com.baokao.payment.PaymentOrder;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The bookkeeping of reconciliation runs: opening one for a statement day, which execution works on it, its
 * heartbeat, and the takeover of a run whose server died. Also the facts the nightly schedule asks before it
 * opens runs (the first order's day, the days that have runs, the provider to ask).
 * <p>
 * A step of job {@code fee-reconciliation}: it commits on its own ({@code REQUIRES_NEW}), see the package
 * documentation for why.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconciliationRuns {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** A new run for {@code day}'s statement in {@code file}; the job is then started with its id. */
    public long open(LocalDate day, String file, String requestedBy) {
        ReconciliationRun run = new ReconciliationRun(day, file, requestedBy, clock.instant());
        em.persist(run);
        em.flush();
        audit.record("reconciliation.opened", "ReconciliationRun", run.getId(), "statement of " + day + " in " + file);
        return run.getId();
    }

    public ReconciliationRun run(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null) {
            throw new IllegalArgumentException("no reconciliation run " + runId);
        }
        return run;
    }

    /** The execution now working on the run (a restart or a resumption takes it over). */
    public void attach(long runId, long executionId) {
        run(runId).workedOnBy(executionId, clock.instant());
    }

    /** Keeps how many lines the statement has (but the header), for the progress shown while it loads. */
    public void counted(long runId, long lines) {
        run(runId).counted(lines);
    }

    /** Unfinished runs whose heartbeat is older than {@code before}: their server may have died. */
    public List<ReconciliationRun> stalled(Instant before) {
        return em.createQuery("select r from ReconciliationRun r where r.status <> :done and r.heartbeatAt < :before"
                        + " order by r.id", ReconciliationRun.class)
                .setParameter("done", ReconciliationRun.Status.DONE).setParameter("before", before).getResultList();
    }

    /** The Asia/Shanghai day of Baokao's first payment order, or null when there is none. */
    public LocalDate firstOrderDay() {
        // the earliest by ordering, not min(): an aggregate bypasses the attribute's Instant converter (PostgreSQL
        // hands back a Timestamp the converter cannot read)
        Instant first = em.createQuery("select o.createdAt from PaymentOrder o order by o.createdAt", Instant.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return first == null ? null : first.atZone(BusinessTime.ZONE).toLocalDate();
    }

    /** The statement days from {@code from} on that have a run already (finished or not). */
    public java.util.Set<LocalDate> daysWithRuns(LocalDate from) {
        return new java.util.HashSet<>(em.createQuery("select distinct r.statementDay from ReconciliationRun r"
                + " where r.statementDay >= :from", LocalDate.class).setParameter("from", from).getResultList());
    }

    /** The provider Baokao's latest order was placed at (where the nightly run asks for the statement), or null. */
    public String latestProviderUrl() {
        return em.createQuery("select o.providerUrl from PaymentOrder o order by o.id desc", String.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** A staff member's username for "requested by"; the principal's own name when it is not one of our accounts. */
    public String usernameOf(Principal principal) {
        Long accountId = Caller.accountIdOf(principal);
        com.baokao.account.Account account = accountId == null ? null
                : em.find(com.baokao.account.Account.class, accountId);
        return account != null && account.getUsername() != null ? account.getUsername() : principal.getName();
    }

    /** Moves a stalled run's heartbeat from {@code seen} to {@code now}; false if another node moved it first. */
    public boolean takeOver(long runId, Instant seen, Instant now) {
        return em.createNativeQuery("update reconciliation_run set heartbeat_at = ? where id = ? and heartbeat_at = ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, runId)
                .setParameter(3, seen.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    /** The run is alive: its heartbeat, so no other node takes it over. */
    public void beat(long runId) {
        em.createNativeQuery("update reconciliation_run set heartbeat_at = ? where id = ?")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(2, runId).executeUpdate();
    }
}
