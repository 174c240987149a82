package com.baokao.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.baokao.catalogue.ConfirmationMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which reviewer queue an application waits in is one table ({@link ApplicationLifecycle#stageOf} reads it, the
 * reviewers' queue query is built from it): the table says what the lifecycle means on every status and route, and
 * the condition built from it selects exactly the applications {@code stageOf} puts in each queue.
 */
class QueueRoutingTest {

    private static List<ReviewRoute> everyRoute() {
        List<ReviewRoute> routes = new ArrayList<>();
        for (int levels : new int[] {1, 2}) {
            for (boolean afterExam : new boolean[] {false, true}) {
                for (ConfirmationMode mode : ConfirmationMode.values()) {
                    for (boolean online : new boolean[] {true, false}) {
                        routes.add(new ReviewRoute(levels, afterExam, mode, online));
                    }
                }
            }
        }
        return routes;
    }

    /** The queues as the lifecycle describes them (DESIGN.md), written out independently of the table. */
    private static ReviewStage expected(ApplicationStatus status, ReviewRoute route) {
        if (status == ApplicationStatus.SUBMITTED) {
            return ReviewStage.CONFIRMATION;
        }
        if (status == ApplicationStatus.CONFIRMED && !route.reviewAfterExam()) {
            return route.reviewLevels() == 2 ? ReviewStage.SITE_REVIEW : ReviewStage.REGION_REVIEW;
        }
        if (status == ApplicationStatus.SITE_APPROVED && route.reviewLevels() == 2) {
            return ReviewStage.REGION_REVIEW;
        }
        return null;
    }

    @Test
    void everyStatusOnEveryRouteWaitsInTheQueueTheLifecycleSays() {
        for (ReviewRoute route : everyRoute()) {
            for (ApplicationStatus status : ApplicationStatus.values()) {
                assertThat(ApplicationLifecycle.stageOf(status, route).orElse(null)).as(status + " " + route)
                        .isEqualTo(expected(status, route));
            }
        }
    }

    @Test
    void aReviewerDecisionIsPossibleExactlyWhereTheApplicationWaitsInAReviewQueue() {
        for (ReviewRoute route : everyRoute()) {
            for (ApplicationStatus status : ApplicationStatus.values()) {
                boolean reviewable = ApplicationLifecycle.allowed(status, ApplicationEvent.APPROVE, route, null);
                ReviewStage stage = ApplicationLifecycle.stageOf(status, route).orElse(null);
                assertThat(reviewable).as(status + " " + route)
                        .isEqualTo(stage == ReviewStage.SITE_REVIEW || stage == ReviewStage.REGION_REVIEW);
            }
        }
    }

    @Test
    void theWaitingStatusesAreThoseOfSomeQueue() {
        Set<ApplicationStatus> inSomeQueue = new HashSet<>();
        for (ReviewRoute route : everyRoute()) {
            for (ApplicationStatus status : ApplicationStatus.values()) {
                ApplicationLifecycle.stageOf(status, route).ifPresent(s -> inSomeQueue.add(status));
            }
        }
        assertThat(ApplicationLifecycle.waitingStatuses()).containsExactlyInAnyOrderElementsOf(inSomeQueue)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.CONFIRMED, ApplicationStatus.SITE_APPROVED);
    }

    /**
     * The query's condition, rendered for SQL (the JPQL rendering differs only in how columns and statuses are
     * written), run on H2 over one row per status and route: each queue selects exactly the rows stageOf puts there.
     */
    @Test
    void theQueueConditionSelectsExactlyWhatStageOfSays() throws SQLException {
        ApplicationLifecycle.QueueColumns sql = new ApplicationLifecycle.QueueColumns("t.status", "t.review_levels",
                "t.review_after_exam", s -> "'" + s.name() + "'");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:queues"); Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key, status varchar(30), review_levels int,"
                    + " review_after_exam boolean, confirmation varchar(10), online_payment boolean)");
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement insert = c.prepareStatement("insert into t values (?, ?, ?, ?, ?, ?)")) {
                for (ReviewRoute route : everyRoute()) {
                    for (ApplicationStatus status : ApplicationStatus.values()) {
                        insert.setInt(1, rows.size());
                        insert.setString(2, status.name());
                        insert.setInt(3, route.reviewLevels());
                        insert.setBoolean(4, route.reviewAfterExam());
                        insert.setString(5, route.confirmation().name());
                        insert.setBoolean(6, route.onlinePayment());
                        insert.addBatch();
                        rows.add(new Object[] {status, route});
                    }
                }
                insert.executeBatch();
            }
            for (ReviewStage stage : ReviewStage.values()) {
                Set<Integer> selected = new HashSet<>();
                try (ResultSet rs = s.executeQuery("select id from t where "
                        + ApplicationLifecycle.waitingCondition(stage, sql))) {
                    while (rs.next()) {
                        selected.add(rs.getInt(1));
                    }
                }
                Set<Integer> expected = new HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (ApplicationLifecycle.stageOf((ApplicationStatus) rows.get(i)[0], (ReviewRoute) rows.get(i)[1])
                            .filter(stage::equals).isPresent()) {
                        expected.add(i);
                    }
                }
                assertThat(selected).as(stage.name()).isEqualTo(expected);
            }
        }
    }

    @Test
    void theJpqlRenderingNamesTheEntityFieldsAndTheEnumConstants() {
        String jpql = ApplicationLifecycle.waitingCondition(ReviewStage.SITE_REVIEW,
                ApplicationLifecycle.QueueColumns.jpql("a", "r"));
        assertThat(jpql).isEqualTo("((a.status = com.baokao.application.ApplicationStatus.CONFIRMED"
                + " and r.reviewLevels = 2 and r.reviewAfterExam = false))");
        assertThat(ApplicationLifecycle.waitingCondition(ReviewStage.POST_EXAM_REVIEW,
                ApplicationLifecycle.QueueColumns.jpql("a", "r"))).isEqualTo("1 = 0");
    }
}
