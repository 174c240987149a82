package com.baokao.reconciliation;

import com.baokao.audit.AuditTrail;
import com.baokao.payment.PaymentOrder;
import com.baokao.payment.PaymentRecord;
import com.baokao.payment.Payments;
import com.baokao.payment.ReceivedPayment;
import com.baokao.payment.ReportedPayment;
import com.baokao.platform.BulkInsert;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The steps of job {@code fee-reconciliation}, each safe to repeat after a crash: a chunk of lines is loaded in one
 * transaction and loading resumes after the last line loaded (the data is the checkpoint), unreadable lines are kept
 * once however often they are read, classification is one set-based transaction done once per run, pending lines are
 * recorded through {@link Payments#record} (the same decision as a notification) a chunk per transaction, and the
 * report is recomputed from the tables. Called by the batch artifacts, which run without a caller identity.
 * <p>
 * Every step commits on its own ({@code REQUIRES_NEW}), never in the batch runtime's chunk transaction: on
 * PostgreSQL that transaction already holds the job repository's connection, and a second non-XA resource (this
 * database) cannot join it. The job's checkpoint commits after the step's own work, so it is never ahead of it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconciliationSteps {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Resource
    jakarta.ejb.SessionContext context;

    @EJB
    Payments payments;

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
        Instant first = em.createQuery("select min(o.createdAt) from PaymentOrder o", Instant.class).getSingleResult();
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

    /**
     * The last line loaded: loading resumes after it. Every line before it was loaded or rejected; unreadable lines
     * after it are read again and rejected again, which keeps them once.
     */
    public long lastLineLoaded(long runId) {
        return ((Number) em.createNativeQuery("select loaded_through from reconciliation_run where id = ?")
                .setParameter(1, runId).getSingleResult()).longValue();
    }

    /** Loads one chunk of well-formed lines in one transaction: on PostgreSQL as one array insert. */
    public void load(long runId, List<StatementEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            BulkInsert.<StatementEntry>into("statement_line").fixed("run_id", runId)
                    .bigint("line_no", StatementEntry::lineNo).varchar("transaction_id", StatementEntry::transactionId)
                    .varchar("order_no", StatementEntry::orderNo).bigint("amount_fen", StatementEntry::amountFen)
                    .varchar("status", StatementEntry::status).timestamptz("paid_at", StatementEntry::paidAt)
                    .insert(c, entries);
            loadedThrough(c, runId, entries.get(entries.size() - 1).lineNo());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load statement lines of run " + runId, e);
        }
    }

    /** How many unreadable lines the run has kept so far (its skip limit holds across restarts). */
    public long rejectedCount(long runId) {
        return ((Number) em.createNativeQuery("select count(*) from statement_rejected_line where run_id = ?")
                .setParameter(1, runId).getSingleResult()).longValue();
    }

    /** Keeps a line the job could not read, with the reason; once, however often the line is read. */
    public void reject(long runId, long lineNo, String content, String reason) {
        String sql = Database.isPostgres(dataSource)
                ? "insert into statement_rejected_line (run_id, line_no, content, reason) values (?, ?, ?, ?)"
                + " on conflict (run_id, line_no) do nothing"
                : "merge into statement_rejected_line (run_id, line_no, content, reason) key (run_id, line_no)"
                + " values (?, ?, ?, ?)";
        em.createNativeQuery(sql).setParameter(1, runId).setParameter(2, lineNo).setParameter(3, clip(content, 1000))
                .setParameter(4, clip(reason, 300)).executeUpdate();
    }

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

    /** Up to {@code max} pending line numbers after {@code afterLine}, in line order. */
    public List<Long> pendingAfter(long runId, long afterLine, int max) {
        List<?> rows = em.createNativeQuery("select ref_no from reconciliation_item where run_id = ? and kind = 'LINE'"
                        + " and outcome = 'PENDING' and ref_no > ? order by ref_no")
                .setParameter(1, runId).setParameter(2, afterLine).setMaxResults(max).getResultList();
        List<Long> lines = new ArrayList<>(rows.size());
        for (Object row : rows) {
            lines.add(((Number) row).longValue());
        }
        return lines;
    }

    /** Resolves a chunk of pending lines, each in its own transaction (see {@link #resolve}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resolveAll(long runId, List<Long> lineNos) {
        ReconciliationSteps self = context.getBusinessObject(ReconciliationSteps.class);
        for (long lineNo : lineNos) {
            self.resolve(runId, lineNo);
        }
        self.beat(runId);
    }

    public void beat(long runId) {
        em.createNativeQuery("update reconciliation_run set heartbeat_at = ? where id = ?")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(2, runId).executeUpdate();
    }

    /**
     * Records one pending line as the provider's notification would have been, and keeps what that decided. A
     * transaction recorded meanwhile (a late notification) is classed by what its record says. A line another
     * execution resolved already is left alone.
     */
    public ReconciliationOutcome resolve(long runId, long lineNo) {
        em.find(ReconciliationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        String current = (String) em.createNativeQuery("select outcome from reconciliation_item where run_id = ?"
                + " and kind = 'LINE' and ref_no = ?").setParameter(1, runId).setParameter(2, lineNo).getSingleResult();
        if (!ReconciliationOutcome.PENDING.name().equals(current)) {
            return ReconciliationOutcome.valueOf(current);
        }
        Object[] line = (Object[]) em.createNativeQuery("select transaction_id, order_no, amount_fen, paid_at"
                        + " from statement_line where run_id = ? and line_no = ?")
                .setParameter(1, runId).setParameter(2, lineNo).getSingleResult();
        ReportedPayment payment = new ReportedPayment((String) line[1], (String) line[0], ((Number) line[2]).longValue(),
                instant(line[3]));
        ReceivedPayment decision = payments.record(payment, PaymentRecord.Source.STATEMENT);
        PaymentOrder order = em.createNamedQuery(PaymentOrder.BY_NUMBER, PaymentOrder.class)
                .setParameter("no", payment.orderNo()).getResultStream().findFirst().orElse(null);
        Object[] record = (Object[]) em.createNativeQuery("select outcome, order_no, amount_fen, detail from payment_record"
                + " where transaction_id = ?").setParameter(1, payment.transactionId()).getSingleResult();
        boolean sameOrderAndAmount = payment.orderNo().equals(record[1]) && payment.amountFen() == ((Number) record[2]).longValue();
        ReconciliationOutcome outcome = decision == ReceivedPayment.ALREADY_RECORDED
                ? ReconciliationOutcome.ofRecorded((String) record[0], sameOrderAndAmount, order != null)
                : ReconciliationOutcome.of(decision, order != null);
        String detail = switch (outcome) {
            case FIXED -> ReconciliationText.encode("reconciliation.detail.fixed");
            case MATCHED -> ReconciliationText.encode("reconciliation.detail.meanwhile");
            case AMOUNT_MISMATCH -> order == null ? ReconciliationText.encode("reconciliation.detail.noOrder")
                    : ReconciliationText.encode("reconciliation.detail.orderSays", order.getAmountFen());
            case UNKNOWN_ORDER -> ReconciliationText.encode("reconciliation.detail.noOrder");
            default -> ReconciliationText.encode("reconciliation.detail.refund", String.valueOf(record[3]));
        };
        em.createNativeQuery("update reconciliation_item set outcome = ?, detail = ?, application_id = cast(? as bigint)"
                        + " where run_id = ? and kind = 'LINE' and ref_no = ?")
                .setParameter(1, outcome.name()).setParameter(2, detail)
                .setParameter(3, order == null ? null : order.getApplication().getId())
                .setParameter(4, runId).setParameter(5, lineNo).executeUpdate();
        return outcome;
    }

    /** In the chunk's own transaction: where loading resumes, and the heartbeat. */
    private void loadedThrough(Connection c, long runId, long lineNo) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update reconciliation_run set heartbeat_at = ?,"
                + " loaded_through = ? where id = ?")) {
            update.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
            update.setLong(2, lineNo);
            update.setLong(3, runId);
            update.executeUpdate();
        }
    }

    /** Counts every class from the tables and keeps them as the run's report; the same however often it runs. */
    public ReconciliationReport.Counts report(long runId) {
        ReconciliationRun run = run(runId);
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

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.Instant i) {
            return i;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }

    private static String clip(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
