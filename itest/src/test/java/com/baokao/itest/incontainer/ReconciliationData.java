package com.baokao.itest.incontainer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only: candidates, applications, payment orders and payment records written directly, in the states a
 * reconciliation meets (so a statement can hold every class of line without paying through every page).
 */
@Stateless
public class ReconciliationData {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L * 100);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    /** A candidate with an application of {@code status} in the session and region; returns the application id. */
    public long application(long sessionId, long regionId, String status) {
        long id = 600_000_000_000L + NEXT.incrementAndGet();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("insert into account (id, role, id_type, id_number, full_name, sex, birth_date, phone, email,"
                        + " password_hash, created_at, version) values (?, 'CANDIDATE', 'RESIDENT_ID', ?, ?, 'MALE', ?,"
                        + " '13900000000', ?, 'not-a-hash', ?, 1)")
                .setParameter(1, id).setParameter(2, "R" + id).setParameter(3, "对账" + id % 1000)
                .setParameter(4, LocalDate.of(1985, 5, 5)).setParameter(5, id + "@example.com").setParameter(6, now)
                .executeUpdate();
        em.createNativeQuery("insert into application (id, account_id, session_id, status, region_id, serial_number,"
                        + " first_submitted_at, submitted_at, changed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .setParameter(1, id).setParameter(2, id).setParameter(3, sessionId).setParameter(4, status)
                .setParameter(5, regionId).setParameter(6, id).setParameter(7, now).setParameter(8, now)
                .setParameter(9, now).executeUpdate();
        return id;
    }

    /** An order for the application: OPEN ones are its open order. */
    public void order(String orderNo, long applicationId, long amountFen, String status) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("insert into payment_order (id, order_no, application_id, open_for_application, amount_fen,"
                        + " status, provider_url, expires_at, created_at, version) values (?, ?, ?, cast(? as bigint), ?, ?,"
                        + " 'http://localhost/none', ?, ?, 1)")
                .setParameter(1, 600_000_000_000L + NEXT.incrementAndGet()).setParameter(2, orderNo)
                .setParameter(3, applicationId).setParameter(4, "OPEN".equals(status) ? applicationId : null)
                .setParameter(5, amountFen).setParameter(6, status).setParameter(7, now.plusDays(5))
                .setParameter(8, now).executeUpdate();
    }

    /** A provider transaction as Baokao recorded it. */
    public void record(String transactionId, String orderNo, long applicationId, long amountFen, Instant paidAt,
                       String outcome) {
        em.createNativeQuery("insert into payment_record (id, transaction_id, order_no, application_id, amount_fen,"
                        + " paid_at, recorded_at, source, outcome) values (?, ?, ?, ?, ?, ?, ?, 'NOTIFY', ?)")
                .setParameter(1, 600_000_000_000L + NEXT.incrementAndGet()).setParameter(2, transactionId)
                .setParameter(3, orderNo).setParameter(4, applicationId).setParameter(5, amountFen)
                .setParameter(6, paidAt.atOffset(ZoneOffset.UTC)).setParameter(7, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(8, outcome).executeUpdate();
    }

    public String status(long applicationId) {
        return (String) em.createNativeQuery("select status from application where id = ?")
                .setParameter(1, applicationId).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<String> refundReasons(long applicationId) {
        return em.createNativeQuery("select reason from refund_request where application_id = ? order by id")
                .setParameter(1, applicationId).getResultList();
    }

    public long auditEvents(long applicationId, String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where subject_type = 'Application'"
                        + " and subject_id = ? and action = ?")
                .setParameter(1, String.valueOf(applicationId)).setParameter(2, action).getSingleResult()).longValue();
    }

    /** Each statement line's class in a run, by line number (lines that simply matched are not items: MATCHED). */
    public Map<Long, String> lineOutcomes(long runId, List<Long> lines) {
        Map<Long, String> outcomes = new LinkedHashMap<>();
        for (long line : lines) {
            List<?> found = em.createNativeQuery("select outcome from reconciliation_item where run_id = ? and kind = 'LINE'"
                    + " and ref_no = ?").setParameter(1, runId).setParameter(2, line).getResultList();
            outcomes.put(line, found.isEmpty() ? "MATCHED" : (String) found.get(0));
        }
        return outcomes;
    }

    /** The outcomes of the items about Baokao's own payments (MISSING_AT_PROVIDER) of a run, by transaction. */
    @SuppressWarnings("unchecked")
    public List<String> missingTransactions(long runId) {
        return em.createNativeQuery("select transaction_id from reconciliation_item where run_id = ? and kind = 'RECORD'"
                + " order by transaction_id").setParameter(1, runId).getResultList();
    }

    public long runOfExecution(long executionId) {
        return ((Number) em.createNativeQuery("select id from reconciliation_run where execution_id = ?")
                .setParameter(1, executionId).getSingleResult()).longValue();
    }

    public long loadedLines(long runId) {
        return ((Number) em.createNativeQuery("select count(*) from statement_line where run_id = ?")
                .setParameter(1, runId).getSingleResult()).longValue();
    }

    /** Makes a run look like its server died an hour ago, working on an execution the job repository never had. */
    public void serverDied(long runId, long lostExecutionId) {
        em.createNativeQuery("update reconciliation_run set execution_id = ?, heartbeat_at = ? where id = ?")
                .setParameter(1, lostExecutionId).setParameter(2, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .setParameter(3, runId).executeUpdate();
    }
}
