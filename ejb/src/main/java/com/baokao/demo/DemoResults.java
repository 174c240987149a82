package com.baokao.demo;

import com.baokao.platform.BusinessTime;
import com.baokao.seating.TicketNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo exam that is over (HR2026C, {@link DemoCatalogue}): 李娜 and the other demo ticket holders sat it two
 * months ago, had tickets and seats, and their scores were imported and released a month ago, so a new user sees
 * the public score query, the personal centre's scores and validity, and the administrator's release page. Written
 * directly, as the seating job and the score import would have. The candidates are told at start-up that their
 * scores are out (the announcement of a release nobody was told of yet).
 */
@Stateless
@RolesAllowed("ADMIN")
public class DemoResults {

    /** Demo ids above DemoTicketHolders' range. */
    private static final long FIRST_ID = 910_000_000_000L;
    /** Theory and skill scores per candidate (pass mark 60); the first row is 李娜's. */
    private static final int[][] SCORES = {{82, 88}, {75, 61}, {58, 70}, {91, 66}, {60, 59}, {44, 0}, {67, 72},
            {79, 83}, {62, 64}, {55, 48}, {88, 90}, {71, 65}};

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    /** Seeds the sat applications, tickets, seats and released scores of {@code sessionCode}. */
    public void seed(String sessionCode, String siteCode, String loginIdNumber) {
        long session = id("select id from exam_session where code = ?", sessionCode);
        long site = id("select id from exam_site where code = ?", siteCode);
        long chongqing = id("select id from region where code = '50'");
        long level = id("select id from exam_level where session_id = ?", session);
        long room = id("select min(r.id) from room r where r.site_id = ?", site);
        @SuppressWarnings("unchecked")
        List<Object[]> subjects = em.createNativeQuery("select id, code, name, starts_at, duration_minutes from subject"
                + " where level_id = ? order by starts_at").setParameter(1, level).getResultList();
        @SuppressWarnings("unchecked")
        List<Number> accounts = em.createNativeQuery("select id from account where role = 'CANDIDATE' and"
                + " (id_number = ? or id >= 900000000000) order by case when id_number = ? then 0 else 1 end, id")
                .setParameter(1, loginIdNumber).setParameter(2, loginIdNumber).setMaxResults(SCORES.length).getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long next = FIRST_ID;
        for (int i = 0; i < accounts.size(); i++) {
            long account = accounts.get(i).longValue();
            long application = next++;
            em.createNativeQuery("insert into application (id, account_id, session_id, status, pledge_accepted_at,"
                            + " region_id, site_id, level_id, candidate_type, serial_number,"
                            + " first_submitted_at, submitted_at, changed_at, version)"
                            + " values (?, ?, ?, 'PAID', ?, ?, ?, ?, 'FIRST_TIME', ?, ?, ?, ?, 1)")
                    .setParameter(1, application).setParameter(2, account).setParameter(3, session)
                    .setParameter(4, now.minusDays(120)).setParameter(5, chongqing).setParameter(6, site)
                    .setParameter(7, level).setParameter(8, 600_001L + i).setParameter(9, now.minusDays(120))
                    .setParameter(10, now.minusDays(120)).setParameter(11, now.minusDays(100)).executeUpdate();
            em.createNativeQuery("insert into admission_ticket (application_id, session_id, region_id, sequence_no,"
                            + " ticket_number, issue_version, issued_at) values (?, ?, ?, ?, ?, 1, ?)")
                    .setParameter(1, application).setParameter(2, session).setParameter(3, chongqing)
                    .setParameter(4, i + 1L).setParameter(5, new TicketNumber(sessionCode, "50", i + 1L).toString())
                    .setParameter(6, now.minusDays(70)).executeUpdate();
            for (int s = 0; s < subjects.size(); s++) {
                Object[] subject = subjects.get(s);
                long subjectId = ((Number) subject[0]).longValue();
                Instant startsAt = instant(subject[3]);
                em.createNativeQuery("insert into application_subject (id, application_id, subject_id, carried_over)"
                        + " values (?, ?, ?, false)").setParameter(1, next++).setParameter(2, application)
                        .setParameter(3, subjectId).executeUpdate();
                em.createNativeQuery("insert into seat_assignment (application_id, subject_id, session_id, site_id,"
                                + " room_id, seat_number, sitting, starts_at, duration_minutes, assigned_at)"
                                + " values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")
                        .setParameter(1, application).setParameter(2, subjectId).setParameter(3, session)
                        .setParameter(4, site).setParameter(5, room).setParameter(6, i + 1)
                        .setParameter(7, startsAt.atOffset(ZoneOffset.UTC)).setParameter(8, subject[4])
                        .setParameter(9, now.minusDays(70)).executeUpdate();
                int score = SCORES[i][s];
                em.createNativeQuery("insert into score_record (id, account_id, occupation, level_code, subject_code,"
                                + " subject_name, exam_date, score, passed, voided, application_id, session_id,"
                                + " subject_id, pass_mark, updated_at) values (?, ?, '企业人力资源管理师', '4', ?, ?, ?, ?,"
                                + " ?, false, ?, ?, ?, 60, ?)")
                        .setParameter(1, next++).setParameter(2, account).setParameter(3, subject[1])
                        .setParameter(4, subject[2]).setParameter(5, LocalDate.ofInstant(startsAt, BusinessTime.ZONE))
                        .setParameter(6, BigDecimal.valueOf(score)).setParameter(7, score >= 60)
                        .setParameter(8, application).setParameter(9, session).setParameter(10, subjectId)
                        .setParameter(11, now.minusDays(35)).executeUpdate();
            }
        }
        em.createNativeQuery("update exam_session set results_release_at = ? where id = ?")
                .setParameter(1, now.minusDays(30)).setParameter(2, session).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private long id(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
