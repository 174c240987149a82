package com.baokao.itest.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reconciliation run of {@link ReconciliationWorkload}'s statement must end with when it was interrupted and
 * resumed (crash test, cluster takeover): exactly the report and the database an uninterrupted run gives, nothing
 * loaded, applied or refunded twice, nothing missed. The workload's orders belong to the demo session HM2026B.
 */
public final class ReconciliationReport {

    private ReconciliationReport() {
    }

    public static void assertAsIfUninterrupted(Connection c, long run, int orders, long lines) throws SQLException {
        long tenThousands = orders / 10_000;
        String counts = text(c, "select loaded_lines || ' ' || rejected_lines || ' ' || matched || ' ' || fixed"
                + " || ' ' || refunds || ' ' || amount_mismatches || ' ' || unknown_orders || ' '"
                + " || missing_at_provider || ' ' || not_payments from reconciliation_run where id = " + run);
        long loaded = lines - tenThousands;
        assertThat(counts).isEqualTo(loaded + " " + tenThousands + " " + (loaded - 9 * tenThousands) + " "
                + 5 * tenThousands + " " + 2 * tenThousands + " " + tenThousands + " " + tenThousands + " "
                + tenThousands + " 0");
        assertThat(number(c, "select count(*) from statement_line where run_id = " + run)).isEqualTo(loaded);
        assertThat(number(c, "select count(*) from statement_rejected_line where run_id = " + run)).isEqualTo(tenThousands);
        // each fix applied once, each refund queued once
        assertThat(number(c, "select count(*) from payment_record where source = 'STATEMENT' and outcome = 'APPLIED'"))
                .isEqualTo(5 * tenThousands);
        assertThat(number(c, "select count(*) from audit_event where action = 'payment.applied'"
                + " and summary like '%from STATEMENT'")).isEqualTo(5 * tenThousands);
        assertThat(number(c, "select count(*) from refund_request")).isEqualTo(2 * tenThousands);
        assertThat(number(c, "select count(*) from application where status = 'PAID' and id >= 500000000000"
                // the workload's orders are HM2026B's (the demo's own paid candidates sit HR2026D)
                + " and session_id = (select id from exam_session where code = 'HM2026B')"))
                .isEqualTo(orders - 6 * tenThousands + 5 * tenThousands);
    }

    public static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
