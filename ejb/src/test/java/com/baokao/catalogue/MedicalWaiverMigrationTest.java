package com.baokao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V12 keeps one setting of the medical waiver: what candidates got so far (the WORK proof rule's own flag, read by
 * submit) becomes the session's flag; a session without a WORK rule keeps its flag; the per-rule column goes.
 * Runs the real migrations on an in-memory H2, the database Baokao starts with by default.
 */
class MedicalWaiverMigrationTest {

    @Test
    void theWorkRulesFlagBecomesTheSessionsAndThePerRuleFlagGoes() throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v12;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("11").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:v12"); Statement s = c.createStatement()) {
            // session flag, WORK rule flag (null: no WORK rule)
            session(s, 1, false, true);
            session(s, 2, true, false);
            session(s, 3, true, null);
            session(s, 4, false, null);
            s.executeUpdate("insert into proof_rule (id, session_id, kind, max_kb, required, waived_for_medical, version)"
                    + " values (100, 3, 'EDUCATION', 200, true, true, 0)");

            Flyway.configure().dataSource(db).locations("classpath:db/migration").target("12").load().migrate();

            Map<Long, Boolean> waived = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("select id, work_proof_waived_for_medical from exam_session order by id")) {
                while (rs.next()) {
                    waived.put(rs.getLong(1), rs.getBoolean(2));
                }
            }
            assertThat(waived).containsExactly(Map.entry(1L, true), Map.entry(2L, false), Map.entry(3L, true),
                    Map.entry(4L, false));
            try (ResultSet rs = s.executeQuery("select count(*) from information_schema.columns"
                    + " where lower(table_name) = 'proof_rule' and lower(column_name) = 'waived_for_medical'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    private static void session(Statement s, long id, boolean sessionWaives, Boolean workRuleWaives) throws SQLException {
        String at = "timestamp with time zone '2026-11-01 09:00:00+08:00'";
        s.executeUpdate("insert into exam_session (id, code, name, occupation, registration_opens_at,"
                + " registration_closes_at, resubmission_deadline, confirmation_deadline, payment_deadline,"
                + " ticket_printing_opens_at, ticket_printing_closes_at, scores_released_at, approved_profile_required,"
                + " photo_width, photo_height, photo_exact_size, photo_min_kb, photo_max_kb, photo_backgrounds,"
                + " practice_needs_first_registration, residency_training_date_required, work_proof_waived_for_medical,"
                + " published, version) values (" + id + ", 'S" + id + "', 'n', 'o', " + at + ", " + at + ", " + at + ", "
                + at + ", " + at + ", " + at + ", " + at + ", " + at + ", false, 260, 360, true, 15, 45, 'WHITE',"
                + " false, false, " + sessionWaives + ", false, 0)");
        if (workRuleWaives != null) {
            s.executeUpdate("insert into proof_rule (id, session_id, kind, max_kb, required, waived_for_medical, version)"
                    + " values (" + id + ", " + id + ", 'WORK', 200, true, " + workRuleWaives + ", 0)");
        }
    }
}
