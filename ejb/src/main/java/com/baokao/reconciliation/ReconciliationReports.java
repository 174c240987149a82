package com.baokao.reconciliation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** What the operator's pages show of the reconciliation runs: the latest runs and one run's report. */
@Stateless
@RolesAllowed({"OPERATOR", "ADMIN"})
public class ReconciliationReports {

    /** Items listed on one report page; the counts always cover everything. */
    public static final int ITEMS_SHOWN = 500;

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    /** The newest runs first, without their items. */
    public List<ReconciliationReport> recent(int max) {
        List<ReconciliationReport> runs = new ArrayList<>();
        for (ReconciliationRun run : em.createQuery("select r from ReconciliationRun r order by r.id desc",
                ReconciliationRun.class).setMaxResults(max).getResultList()) {
            runs.add(summary(run, List.of(), List.of()));
        }
        return runs;
    }

    /** One run with the lines that did not simply match (exceptions first) and the lines it could not read. */
    public ReconciliationReport report(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null) {
            return null;
        }
        List<ReconciliationReport.Item> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("select kind, ref_no, outcome, transaction_id, order_no, amount_fen,"
                        + " application_id, detail from reconciliation_item where run_id = ? and outcome <> 'MATCHED'"
                        + " order by case when outcome in ('AMOUNT_MISMATCH', 'UNKNOWN_ORDER', 'MISSING_AT_PROVIDER')"
                        + " then 0 else 1 end, kind, ref_no")
                .setParameter(1, runId).setMaxResults(ITEMS_SHOWN).getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new ReconciliationReport.Item((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], ((Number) r[5]).longValue(),
                    r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7]));
        }
        List<ReconciliationReport.Rejected> rejected = new ArrayList<>();
        for (Object row : em.createNativeQuery("select line_no, content, reason from statement_rejected_line"
                + " where run_id = ? order by line_no").setParameter(1, runId).setMaxResults(ITEMS_SHOWN).getResultList()) {
            Object[] r = (Object[]) row;
            rejected.add(new ReconciliationReport.Rejected(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
        }
        return summary(run, items, rejected);
    }

    /**
     * How far the run that execution {@code executionId} works on has come, 0 to 100, or null if it is not a
     * reconciliation. Loading the file counts for 60; resolving the lines Baokao had not recorded (each through the
     * notification's own decision, slow when a statement brings many) for 39, by the share of lines no longer
     * pending; the report for the last one.
     */
    public Integer progress(long executionId) {
        ReconciliationRun run = em.createQuery("select r from ReconciliationRun r where r.executionId = :e",
                ReconciliationRun.class).setParameter("e", executionId).getResultStream().findFirst().orElse(null);
        if (run == null) {
            return null;
        }
        if (run.getStatus() == ReconciliationRun.Status.DONE) {
            return 100;
        }
        long total = run.getTotalLines() == null ? 0 : run.getTotalLines();
        if (run.getStatus() == ReconciliationRun.Status.CLASSIFIED) {
            if (total == 0) {
                return 99;
            }
            Number pending = (Number) em.createNativeQuery("select count(*) from reconciliation_item"
                    + " where run_id = ? and outcome = 'PENDING'").setParameter(1, run.getId()).getSingleResult();
            return 60 + (int) Math.min(39, Math.max(0, total - pending.longValue()) * 39 / total);
        }
        if (total == 0) {
            return 0;
        }
        Number through = (Number) em.createNativeQuery("select loaded_through from reconciliation_run where id = ?")
                .setParameter(1, run.getId()).getSingleResult();
        return (int) Math.min(60, Math.max(0, through.longValue() - 1) * 60 / total);
    }

    /** The execution now working on (or last worked on) a run; null for no such run. */
    public Long executionOf(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        return run == null ? null : run.getExecutionId();
    }

    private static ReconciliationReport summary(ReconciliationRun run, List<ReconciliationReport.Item> items,
                                                List<ReconciliationReport.Rejected> rejected) {
        return new ReconciliationReport(run.getId(), run.getStatementDay(), run.getStatus().name(), run.getRequestedBy(),
                run.getExecutionId(), run.getStartedAt(), run.getFinishedAt(), run.counts(), items, rejected);
    }
}
