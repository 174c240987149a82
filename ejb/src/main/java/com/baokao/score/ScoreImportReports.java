package com.baokao.score;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What an operator reads about score imports: the recent runs with their counts, and one run's skipped lines. */
@Stateless
@RolesAllowed({"OPERATOR", "ADMIN"})
public class ScoreImportReports {

    /** Skipped lines listed on the page (the rest are counted). */
    public static final int SKIPS_SHOWN = 500;

    /** One run as listed. */
    public record RunRow(long id, String shownName, String status, String requestedBy, Instant startedAt,
                         Instant finishedAt, Long totalLines, long loadedThrough, Long inserted, Long updated,
                         Long unchanged, Long skipped, Long executionId) implements Serializable {

        /** Percent of the file loaded, while it loads. */
        public Integer progress() {
            if (totalLines == null || totalLines == 0 || !"LOADING".equals(status)) {
                return null;
            }
            return (int) Math.min(100, loadedThrough * 100 / totalLines);
        }
    }

    /** A line not imported, with its reason in the reader's language. */
    public record Skip(long lineNo, String reason, String content) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    public List<RunRow> recent(int max) {
        return em.createQuery("select r from ScoreImportRun r order by r.id desc", ScoreImportRun.class)
                .setMaxResults(max).getResultList().stream().map(this::row).toList();
    }

    public RunRow run(long runId) {
        ScoreImportRun run = em.find(ScoreImportRun.class, runId);
        return run == null ? null : row(run);
    }

    /** The run of an execution, if it is a score import's. */
    public Long runOfExecution(long executionId) {
        return em.createQuery("select r.id from ScoreImportRun r where r.executionId = :e", Long.class)
                .setParameter("e", executionId).getResultStream().findFirst().orElse(null);
    }

    /** The first {@link #SKIPS_SHOWN} skipped lines of a run, in line order. */
    @SuppressWarnings("unchecked")
    public List<Skip> skips(long runId, Locale locale) {
        List<Object[]> rows = em.createNativeQuery("select line_no, reason, content from score_import_skip"
                        + " where run_id = ? order by line_no").setParameter(1, runId).setMaxResults(SKIPS_SHOWN)
                .getResultList();
        return rows.stream().map(r -> new Skip(((Number) r[0]).longValue(),
                ScoreImportRuns.explain((String) r[1], locale), (String) r[2])).toList();
    }

    private RunRow row(ScoreImportRun r) {
        long loaded = ((Number) em.createNativeQuery("select loaded_through from score_import_run where id = ?")
                .setParameter(1, r.getId()).getSingleResult()).longValue();
        return new RunRow(r.getId(), r.getShownName(), r.getStatus().name(), r.getRequestedBy(), r.getStartedAt(),
                r.getFinishedAt(), r.getTotalLines(), loaded, r.getInserted(), r.getUpdated(), r.getUnchanged(),
                r.getSkipped(), r.getExecutionId());
    }
}
