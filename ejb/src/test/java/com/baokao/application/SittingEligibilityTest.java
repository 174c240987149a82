package com.baokao.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may sit the exam (DESIGN.md: PAID, or APPROVED where the fee is not paid online; TICKETED once seated), in
 * Java and in the SQL twin the seating job runs: evaluated side by side on H2 for every status and every kind of
 * region (fee paid online, not online, no rule at all), they agree.
 */
class SittingEligibilityTest {

    /** The region's rule as the seating job finds it. */
    private enum Region {
        PAYS_ONLINE, PAYS_ELSEWHERE, NO_RULE
    }

    @Test
    void paidOrSeatedApplicationsSitAnywhereApprovedOnesWhereTheFeeIsNotPaidOnline() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean feeReceived = status == ApplicationStatus.PAID || status == ApplicationStatus.TICKETED;
            assertThat(SittingEligibility.maySit(status, true)).as(status + " online").isEqualTo(feeReceived);
            assertThat(SittingEligibility.maySit(status, false)).as(status + " not online")
                    .isEqualTo(feeReceived || status == ApplicationStatus.APPROVED);
        }
    }

    @Test
    void theSqlConditionAgreesWithTheJavaRuleOnEveryStatusAndRegion() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:sitting"); Statement s = c.createStatement()) {
            s.execute("create table application (id bigint primary key, status varchar(30) not null,"
                    + " session_id bigint not null, region_id bigint not null)");
            s.execute("create table region_rule (id bigint primary key, session_id bigint not null,"
                    + " region_id bigint not null, online_payment boolean not null)");
            long session = 1;
            Map<Region, Long> regions = Map.of(Region.PAYS_ONLINE, 10L, Region.PAYS_ELSEWHERE, 20L, Region.NO_RULE, 30L);
            s.execute("insert into region_rule values (1, 1, 10, true), (2, 1, 20, false),"
                    // another session's rule for the region without one here: it must not count
                    + " (3, 2, 30, false)");
            Map<Long, Boolean> expected = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement("insert into application values (?, ?, ?, ?)")) {
                long id = 0;
                for (ApplicationStatus status : ApplicationStatus.values()) {
                    for (Region region : Region.values()) {
                        insert.setLong(1, ++id);
                        insert.setString(2, status.name());
                        insert.setLong(3, session);
                        insert.setLong(4, regions.get(region));
                        insert.addBatch();
                        // no rule: nothing says the fee is not paid online
                        expected.put(id, SittingEligibility.maySit(status, region != Region.PAYS_ELSEWHERE));
                    }
                }
                insert.executeBatch();
            }
            Set<Long> eligible = new HashSet<>();
            try (ResultSet rs = s.executeQuery("select a.id from application a where " + SittingEligibility.sql("a"))) {
                while (rs.next()) {
                    eligible.add(rs.getLong(1));
                }
            }
            expected.forEach((id, maySit) -> assertThat(eligible.contains(id)).as("application " + id).isEqualTo(maySit));
            assertThat(eligible).isNotEmpty();
        }
    }

    @Test
    void theSqlNamesTheGivenAlias() {
        assertThat(SittingEligibility.sql("x")).contains("x.status in ('PAID', 'TICKETED')")
                .contains("rr.session_id = x.session_id and rr.region_id = x.region_id").doesNotContain("a.");
    }
}
