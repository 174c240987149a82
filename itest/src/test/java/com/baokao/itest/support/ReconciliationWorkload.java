package com.baokao.itest.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Benchmark-only: a million candidates, applications, orders and payments written set-based on PostgreSQL, and the
 * provider's statement of that day as a CSV file. Of every 10,000 orders: 5 were paid at the provider without Baokao
 * hearing of it (fixed), 2 are paid a second time (refunds), 1 carries another amount (mismatch) and 1 is paid here
 * but missing at the provider; the statement also has 1 unknown order and 1 unreadable line per 10,000 orders.
 * Used by the benchmark (in the container) and by the crash test (over JDBC from the test JVM).
 */
public final class ReconciliationWorkload {

    static final long BASE = 500_000_000_000L;

    private ReconciliationWorkload() {
    }

    /** Returns the seconds it took. {@code c} must be in auto-commit mode. */
    public static double generate(Connection c, int orders, long sessionId, long regionId, String day) throws SQLException {
        long started = System.nanoTime();
        String paidAt = "timestamptz '" + day + " 10:00:00+08' + (g % 36000) * interval '1 second'";
        try (Statement s = c.createStatement()) {
            s.execute("insert into account (id, role, id_type, id_number, full_name, sex, birth_date, phone, email,"
                    + " password_hash, created_at, version) select " + BASE + " + g, 'CANDIDATE', 'RESIDENT_ID', 'B' || g,"
                    + " '考生' || g, 'MALE', date '1990-01-01', '13900000000', 'b' || g || '@example.com', 'x', now(), 1"
                    + " from generate_series(1, " + orders + ") g");
            s.execute("insert into application (id, account_id, session_id, status, region_id, serial_number,"
                    + " first_submitted_at, submitted_at, changed_at, version) select " + BASE + " + g, " + BASE + " + g, "
                    + sessionId + ", case when g % 10000 in (1, 2, 3, 4, 5, 8) then 'APPROVED' else 'PAID' end, " + regionId
                    + ", " + BASE + " + g, now(), now(), now(), 1 from generate_series(1, " + orders + ") g");
            s.execute("insert into payment_order (id, order_no, application_id, open_for_application, amount_fen, status,"
                    + " provider_url, expires_at, created_at, version) select " + BASE + " + g, 'BO' || g, " + BASE + " + g,"
                    + " case when g % 10000 in (1, 2, 3, 4, 5, 8) then " + BASE + " + g end, 17500,"
                    + " case when g % 10000 in (1, 2, 3, 4, 5, 8) then 'OPEN' else 'PAID' end, 'http://localhost/none',"
                    + " now() + interval '10 days', now(), 1 from generate_series(1, " + orders + ") g");
            s.execute("insert into payment_record (id, transaction_id, order_no, application_id, amount_fen, paid_at,"
                    + " recorded_at, source, outcome) select " + BASE + " + g, 'BT' || g, 'BO' || g, " + BASE + " + g, 17500, "
                    + paidAt + ", now(), 'NOTIFY', 'APPLIED' from generate_series(1, " + orders + ") g"
                    + " where g % 10000 not in (1, 2, 3, 4, 5, 8)");
            s.execute("analyze account");
            s.execute("analyze application");
            s.execute("analyze payment_order");
            s.execute("analyze payment_record");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Writes the statement: one line per order but those missing at the provider, and the extra lines. */
    public static long writeStatement(Connection c, int orders, String day, Path file) throws SQLException, IOException {
        String paidAt = "to_char((timestamptz '" + day + " 10:00:00+08' + (g % 36000) * interval '1 second')"
                + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
        long lines = 0;
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor: the million lines are streamed, not held
        try {
            try (PreparedStatement select = c.prepareStatement("select"
                    + " 'BT' || g || ',BO' || g || case when g % 10000 = 8 then ',17000' else ',17500' end || ',PAID,' || " + paidAt + ","
                    + " case when g % 10000 in (2, 3) then 'BT2-' || g || ',BO' || (g + 7) || ',17500,PAID,' || " + paidAt
                    + "      when g % 10000 = 6 then 'BU' || g || ',UNKNOWN' || g || ',17500,PAID,' || " + paidAt
                    + "      when g % 10000 = 7 then 'unreadable line ' || g end"
                    + " from generate_series(1, " + orders + ") g where g % 10000 <> 9 order by g");
                 BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                select.setFetchSize(20_000);
                out.write("transactionId,orderNo,amountFen,status,paidAt\n");
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.write(rows.getString(1));
                        out.write('\n');
                        lines++;
                        String second = rows.getString(2);
                        if (second != null) {
                            out.write(second);
                            out.write('\n');
                            lines++;
                        }
                    }
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return lines;
    }
}

