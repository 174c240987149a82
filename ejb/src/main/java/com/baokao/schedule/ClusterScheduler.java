package com.baokao.schedule;

import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a job's due time once per cluster. The first node to insert the (job, due time) row runs it; the others
 * see the key taken and skip. A node that dies mid-run leaves its row RUNNING until the lease ends; a failed
 * run may be retried after its lease too. Jobs must be idempotent (a lease can end under a slow run).
 * <p>
 * Plain auto-commit JDBC outside any transaction: the claim must be visible to the other nodes at once, and a
 * lost race (unique key) must not doom a surrounding transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterScheduler {

    private static final Logger LOG = Logger.getLogger(ClusterScheduler.class.getName());
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();
    private static final Duration RETRY_FAILED_AFTER = Duration.ofMinutes(10);

    /** What a run did, for the log and the {@code scheduled_run} row. */
    @FunctionalInterface
    public interface Task {
        String run(Instant due);
    }

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * Runs {@code task} for the latest due time of {@code cadence} unless a node of the cluster has already
     * run (or is running) it. Returns true if this call ran it.
     */
    public boolean runIfDue(String job, Cadence cadence, Duration lease, Task task) {
        Instant now = clock.instant();
        Instant due = cadence.latestDueAtOrBefore(now);
        if (!claim(job, due, now, lease)) {
            return false;
        }
        try {
            String detail = task.run(due);
            finish(job, due, "DONE", detail, clock.instant());
            LOG.info(() -> "scheduled job " + job + " for " + due + " done: " + detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled job " + job + " for " + due + " failed; retried after "
                    + RETRY_FAILED_AFTER.toMinutes() + " min", e);
            finish(job, due, "FAILED", String.valueOf(e), clock.instant().plus(RETRY_FAILED_AFTER));
        }
        return true;
    }

    boolean claim(String job, Instant due, Instant now, Duration lease) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement insert = c.prepareStatement("insert into scheduled_run"
                    + " (job_name, due_at, node, started_at, lease_until, outcome) values (?, ?, ?, ?, ?, 'RUNNING')")) {
                insert.setString(1, job);
                insert.setObject(2, due.atOffset(ZoneOffset.UTC));
                insert.setString(3, NODE);
                insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                insert.setObject(5, now.plus(lease).atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
            // taken: only a run whose node died (RUNNING) or that failed, with its lease over, is taken over
            try (PreparedStatement takeOver = c.prepareStatement("update scheduled_run set node = ?, started_at = ?,"
                    + " lease_until = ?, outcome = 'RUNNING', finished_at = null where job_name = ? and due_at = ?"
                    + " and outcome in ('RUNNING', 'FAILED') and lease_until < ?")) {
                takeOver.setString(1, NODE);
                takeOver.setObject(2, now.atOffset(ZoneOffset.UTC));
                takeOver.setObject(3, now.plus(lease).atOffset(ZoneOffset.UTC));
                takeOver.setString(4, job);
                takeOver.setObject(5, due.atOffset(ZoneOffset.UTC));
                takeOver.setObject(6, now.atOffset(ZoneOffset.UTC));
                return takeOver.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim scheduled run " + job + " " + due, e);
        }
    }

    private void finish(String job, Instant due, String outcome, String detail, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update scheduled_run set outcome = ?, finished_at = ?,"
                     + " lease_until = ?, detail = ? where job_name = ? and due_at = ? and node = ?")) {
            c.setAutoCommit(true);
            update.setString(1, outcome);
            update.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
            update.setObject(3, leaseUntil.atOffset(ZoneOffset.UTC));
            update.setString(4, detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)));
            update.setString(5, job);
            update.setObject(6, due.atOffset(ZoneOffset.UTC));
            update.setString(7, NODE);
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot record the end of scheduled run " + job + " " + due, e);
        }
    }
}
