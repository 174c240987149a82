package com.baokao.reconciliation;

import com.baokao.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts every class of a run from the tables and keeps the counts as the run's report: the same however often it
 * runs, so a restarted job reports what an uninterrupted one would have.
 * <p>
 * A step of job {@code fee-reconciliation}: it commits on its own ({@code REQUIRES_NEW}), see the package
 * documentation for why.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconciliationTally {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** Counts every class from the tables and keeps them as the run's report; the same however often it runs. */
    public ReconciliationReport.Counts report(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        long loaded = count("select count(*) from statement_line where run_id = ?", runId);
        long rejected = count("select count(*) from statement_rejected_line where run_id = ?", runId);
        Map<ReconciliationOutcome, Long> items = new EnumMap<>(ReconciliationOutcome.class);
        long lineItems = 0;
        for (Object row : em.createNativeQuery("select outcome, kind, count(*) from reconciliation_item where run_id = ?"
                + " group by outcome, kind").setParameter(1, runId).getResultList()) {
            Object[] r = (Object[]) row;
            long n = ((Number) r[2]).longValue();
            items.merge(ReconciliationOutcome.valueOf((String) r[0]), n, Long::sum);
            lineItems += "LINE".equals(r[1]) ? n : 0;
        }
        if (items.getOrDefault(ReconciliationOutcome.PENDING, 0L) > 0) {
            throw new IllegalStateException("run " + runId + " still has pending lines");
        }
        ReconciliationReport.Counts counts = new ReconciliationReport.Counts(loaded, rejected,
                loaded - lineItems + items.getOrDefault(ReconciliationOutcome.MATCHED, 0L),
                items.getOrDefault(ReconciliationOutcome.FIXED, 0L), items.getOrDefault(ReconciliationOutcome.REFUND, 0L),
                items.getOrDefault(ReconciliationOutcome.AMOUNT_MISMATCH, 0L),
                items.getOrDefault(ReconciliationOutcome.UNKNOWN_ORDER, 0L),
                items.getOrDefault(ReconciliationOutcome.MISSING_AT_PROVIDER, 0L),
                items.getOrDefault(ReconciliationOutcome.NOT_A_PAYMENT, 0L));
        boolean first = run.getStatus() != ReconciliationRun.Status.DONE;
        run.reported(counts, clock.instant());
        if (first) {
            audit.record("reconciliation.done", "ReconciliationRun", runId, "statement of " + run.getStatementDay()
                    + ": " + counts);
        }
        return counts;
    }

    private long count(String sql, long runId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, runId).getSingleResult()).longValue();
    }
}
