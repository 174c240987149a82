package com.baokao.reconciliation;

import com.baokao.platform.BulkInsert;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Loads the provider's statement into {@code statement_line}, a chunk per transaction: on PostgreSQL as one array
 * insert per chunk, elsewhere as a JDBC batch. Loading resumes after the last line loaded (the data is the
 * checkpoint), and a line the job could not read is kept once with its reason, however often it is read.
 * <p>
 * A step of job {@code fee-reconciliation}: it commits on its own ({@code REQUIRES_NEW}), see the package
 * documentation for why.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StatementLoader {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

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

    private static String clip(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
