package com.baokao.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long a finished reconciliation keeps its loaded statement lines (a million a night). The run's report, its
 * differences and its unreadable lines stay; only the raw lines go.
 */
@Stateless
public class StatementLineRetention {

    public static final Duration KEEP_STATEMENT_LINES = Duration.ofDays(60);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    /** Housekeeping: set-based, safe to run twice or on two nodes at once. */
    public int purge(Instant now) {
        return em.createNativeQuery("delete from statement_line where run_id in (select id from reconciliation_run"
                        + " where status = 'DONE' and finished_at < ?)")
                .setParameter(1, now.minus(KEEP_STATEMENT_LINES).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
