package com.baokao.reconciliation;

import com.baokao.platform.BusinessTime;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Classifies a loaded statement against Baokao's payment records with set-based SQL, once per run.
 * <p>
 * A step of job {@code fee-reconciliation}: it commits on its own ({@code REQUIRES_NEW}), see the package
 * documentation for why.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StatementClassifier {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * Classifies every loaded line against Baokao's payment records in two statements: lines whose transaction is
     * recorded as applied with the same order and amount simply match and leave no trace; every other line becomes
     * an item (PENDING when Baokao has not recorded it; the classes follow {@link ReconciliationOutcome#ofRecorded});
     * and each payment Baokao received that day but the provider
     * does not list becomes a MISSING_AT_PROVIDER item. Done once per run: false if it was done already.
     */
    public boolean classify(long runId) {
        // two executions of one run (a takeover racing a slow step) classify it once
        ReconciliationRun run = em.find(ReconciliationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run.getStatus() != ReconciliationRun.Status.LOADING) {
            return false;
        }
        if (Database.isPostgres(dataSource)) {
            // a million fresh rows: without statistics the planner would take them for a handful and nest loops
            em.createNativeQuery("analyze statement_line").executeUpdate();
        }
        LocalDate day = run.getStatementDay();
        OffsetDateTime from = day.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
        em.createNativeQuery("delete from reconciliation_item where run_id = ?").setParameter(1, runId).executeUpdate();
        em.createNativeQuery("insert into reconciliation_item"
                        + " (run_id, kind, ref_no, outcome, transaction_id, order_no, amount_fen, application_id, detail)"
                        + " select l.run_id, 'LINE', l.line_no,"
                        + "  case when l.status <> 'PAID' then 'NOT_A_PAYMENT'"
                        + "       when r.id is null then 'PENDING'"
                        + "       when r.outcome = 'REFUND' then 'REFUND'"
                        + "       when r.outcome = 'EXCEPTION' and not exists"
                        + "            (select 1 from payment_order o where o.order_no = l.order_no) then 'UNKNOWN_ORDER'"
                        + "       else 'AMOUNT_MISMATCH' end,"
                        + "  l.transaction_id, l.order_no, l.amount_fen, r.application_id,"
                        + "  case when l.status <> 'PAID' or r.id is null then null"
                        + "       when r.outcome = 'APPLIED' then 'reconciliation.detail.recorded|'"
                        + "            || cast(r.amount_fen as varchar(20)) || '|' || r.order_no"
                        + "       when r.outcome = 'REFUND' then 'reconciliation.detail.alreadyRefund'"
                        + "       else 'reconciliation.detail.alreadyException' end"
                        + " from statement_line l left join payment_record r on r.transaction_id = l.transaction_id"
                        + " where l.run_id = ? and (r.id is null or l.status <> 'PAID' or r.outcome <> 'APPLIED'"
                        + "  or r.amount_fen <> l.amount_fen or r.order_no <> l.order_no)")
                .setParameter(1, runId).executeUpdate();
        em.createNativeQuery("insert into reconciliation_item"
                        + " (run_id, kind, ref_no, outcome, transaction_id, order_no, amount_fen, application_id, detail)"
                        + " select ?, 'RECORD', r.id, 'MISSING_AT_PROVIDER', r.transaction_id, r.order_no, r.amount_fen,"
                        + "  r.application_id, 'reconciliation.detail.missing|' || r.source"
                        // money Baokao received that day, kept or queued for refund; a report without a time counts
                        // by when it was recorded
                        + " from payment_record r where r.outcome in ('APPLIED', 'REFUND')"
                        + " and coalesce(r.paid_at, r.recorded_at) >= ? and coalesce(r.paid_at, r.recorded_at) < ?"
                        + " and not exists (select 1 from statement_line l where l.run_id = ?"
                        + "  and l.transaction_id = r.transaction_id)")
                .setParameter(1, runId).setParameter(2, from).setParameter(3, to).setParameter(4, runId).executeUpdate();
        run.classified();
        run.beat(clock.instant());
        return true;
    }
}
