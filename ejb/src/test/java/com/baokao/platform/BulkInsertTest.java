package com.baokao.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both ways of loading a chunk give the same rows (H2 runs PostgreSQL's unnest statement as well). */
class BulkInsertTest {

    record Line(long lineNo, String text, Integer count, Instant at) {
    }

    private static final Instant NOW = Instant.parse("2026-05-01T01:30:00Z");
    private static final List<Line> LINES = List.of(
            new Line(2, "支付成功 a,b \"c\" {d}", 3, Instant.parse("2026-04-30T16:00:00Z")),
            new Line(3, null, null, null),
            new Line(4, "NULL", 0, Instant.parse("2026-04-30T23:59:59.123456Z")));

    private Connection connection;

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:bulk-insert");
        try (Statement s = connection.createStatement()) {
            s.execute("create table line (run_id bigint not null, line_no bigint not null, text varchar(100),"
                    + " count int, at timestamp with time zone, loaded_at timestamp with time zone not null)");
        }
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop table line");
        }
        connection.close();
    }

    private static BulkInsert<Line> lines(long runId) {
        return BulkInsert.<Line>into("line").fixed("run_id", runId).bigint("line_no", Line::lineNo)
                .varchar("text", Line::text).int4("count", Line::count).timestamptz("at", Line::at)
                .fixed("loaded_at", NOW);
    }

    private List<String> stored() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select * from line order by run_id, line_no")) {
            while (rs.next()) {
                OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
                rows.add(rs.getLong("line_no") + "|" + rs.getString("text") + "|" + rs.getObject("count") + "|"
                        + (at == null ? null : at.toInstant()) + "|"
                        + rs.getObject("loaded_at", OffsetDateTime.class).toInstant());
            }
        }
        return rows;
    }

    @Test
    void theArrayInsertAndTheBatchStoreTheSameRows() throws SQLException {
        lines(1).insertInBatch(connection, LINES);
        List<String> batch = stored();
        try (Statement s = connection.createStatement()) {
            s.execute("delete from line");
        }
        lines(1).insertWithArrays(connection, LINES);

        assertThat(stored()).isEqualTo(batch).containsExactly(
                "2|支付成功 a,b \"c\" {d}|3|2026-04-30T16:00:00Z|2026-05-01T01:30:00Z",
                "3|null|null|null|2026-05-01T01:30:00Z",
                "4|NULL|0|2026-04-30T23:59:59.123456Z|2026-05-01T01:30:00Z");
    }

    @Test
    void insertPicksTheWayByDatabaseAndSkipsAnEmptyChunk() throws SQLException {
        lines(7).insert(connection, List.of());
        assertThat(stored()).isEmpty();
        lines(7).insert(connection, LINES.subList(0, 1));
        assertThat(stored()).hasSize(1);
    }

    @Test
    void theStatements() {
        assertThat(lines(1).arraySql()).isEqualTo("insert into line (run_id, line_no, text, count, at, loaded_at)"
                + " select ?, t.line_no, t.text, t.count, cast(t.at as timestamp with time zone), ?"
                + " from unnest(?, ?, ?, ?) as t(line_no, text, count, at)");
        assertThat(lines(1).batchSql())
                .isEqualTo("insert into line (run_id, line_no, text, count, at, loaded_at) values (?, ?, ?, ?, ?, ?)");
    }

    @Test
    void namesAreNeverSqlText() {
        assertThatThrownBy(() -> BulkInsert.into("line; drop table line")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkInsert.<Line>into("line").bigint("Line_No", Line::lineNo))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
