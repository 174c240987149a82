package com.baokao.reconciliation;

import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
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
            if (Database.isPostgres(dataSource)) {
                loadWithArrays(c, runId, entries);
            } else {
                loadInBatch(c, runId, entries);
            }
            loadedThrough(c, runId, entries.get(entries.size() - 1).lineNo());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load statement lines of run " + runId, e);
        }
    }

    private static void loadWithArrays(Connection c, long runId, List<StatementEntry> entries) throws SQLException {
        int n = entries.size();
        Long[] lines = new Long[n];
        String[] transactions = new String[n];
        String[] orders = new String[n];
        Long[] amounts = new Long[n];
        String[] statuses = new String[n];
        String[] paidAt = new String[n];
        for (int i = 0; i < n; i++) {
            StatementEntry e = entries.get(i);
            lines[i] = e.lineNo();
            transactions[i] = e.transactionId();
            orders[i] = e.orderNo();
            amounts[i] = e.amountFen();
            statuses[i] = e.status();
            paidAt[i] = e.paidAt() == null ? null : e.paidAt().toString();
        }
        try (PreparedStatement insert = c.prepareStatement("insert into statement_line"
                + " (run_id, line_no, transaction_id, order_no, amount_fen, status, paid_at)"
                + " select ?, t.l, t.tx, t.o, t.a, t.s, cast(t.p as timestamptz)"
                + " from unnest(?, ?, ?, ?, ?, ?) as t(l, tx, o, a, s, p)")) {
            insert.setLong(1, runId);
            Array[] arrays = {c.createArrayOf("bigint", lines), c.createArrayOf("varchar", transactions),
                    c.createArrayOf("varchar", orders), c.createArrayOf("bigint", amounts),
                    c.createArrayOf("varchar", statuses), c.createArrayOf("varchar", paidAt)};
            for (int i = 0; i < arrays.length; i++) {
                insert.setArray(i + 2, arrays[i]);
            }
            insert.executeUpdate();
        }
    }

    private static void loadInBatch(Connection c, long runId, List<StatementEntry> entries) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into statement_line"
                + " (run_id, line_no, transaction_id, order_no, amount_fen, status, paid_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (StatementEntry e : entries) {
                insert.setLong(1, runId);
                insert.setLong(2, e.lineNo());
                insert.setString(3, e.transactionId());
                insert.setString(4, e.orderNo());
                insert.setLong(5, e.amountFen());
                insert.setString(6, e.status());
                insert.setObject(7, e.paidAt() == null ? null : e.paidAt().atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
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
