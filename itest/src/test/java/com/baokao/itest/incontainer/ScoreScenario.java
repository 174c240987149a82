package com.baokao.itest.incontainer;

import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.platform.BusinessTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sat exam for the score import: a session (catalogue through its service, as an administrator) whose candidates
 * have paid, hold admission tickets and were seated in both subjects (T and S), written directly as the seating job
 * would. The last candidate was seated in T only. Keyed by a fresh code, so scenarios never meet.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ScoreScenario {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L * 1000 + 7_000_000_000L);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    PlacesService places;

    @EJB
    SessionTreeService sessionTree;

    /** A candidate as the centre's file names them. */
    public record Candidate(long accountId, long applicationId, String idNumber, String ticket)
            implements java.io.Serializable {
    }

    public record Built(long sessionId, String code, List<Candidate> candidates) implements java.io.Serializable {
    }

    public Built build(int candidates) {
        long n = NEXT.addAndGet(100_000);
        String code = "SC" + (n / 100_000 % 100_000);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        LocalDateTime opens = LocalDateTime.of(today.minusDays(90), LocalTime.of(9, 0));
        long region = places.createRegion(code, "成绩区" + code, null);
        long site = places.createSite(region, code + "A", "成绩考点" + code, "成绩路 1 号", false);
        long room = places.createRoom(site, "第 1 考场", 1000, false);
        long session = sessionTree.createSession(new SessionForm(code, "成绩测试考试 " + code, "成绩测试职业" + code, opens,
                opens.plusDays(10), opens.plusDays(12), opens.plusDays(14), opens.plusDays(16), opens.plusDays(18),
                opens.plusDays(30), opens.plusDays(60), false, 2, 260, 360, true, 15, 45, "WHITE,BLUE", false, false,
                true));
        long level = sessionTree.addLevel(session, "4", "四级");
        LocalDateTime examDay = LocalDateTime.of(opens.toLocalDate().plusDays(25), LocalTime.of(9, 0));
        long theory = sessionTree.addSubject(level, null, "T", "理论知识", examDay, 90, false, 9000);
        long skill = sessionTree.addSubject(level, null, "S", "技能操作", examDay.withHour(14), 120, false, 9000);
        sessionTree.setRegionRule(session, region, 1, false, ConfirmationMode.ONLINE, true);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long ids = n;
        List<Candidate> built = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            long account = ids++;
            String idNumber = TestData.nextResidentId("320102");
            em.createNativeQuery("insert into account (id, role, id_type, id_number, full_name, sex, birth_date, phone,"
                            + " email, password_hash, created_at, version) values (?, 'CANDIDATE', 'RESIDENT_ID', ?, ?,"
                            + " 'FEMALE', ?, '13900000000', ?, 'not-a-hash', ?, 1)")
                    .setParameter(1, account).setParameter(2, idNumber).setParameter(3, "考生" + i)
                    .setParameter(4, LocalDate.of(1990, 1, 1)).setParameter(5, account + "@example.com")
                    .setParameter(6, now).executeUpdate();
            long application = ids++;
            em.createNativeQuery("insert into application (id, account_id, session_id, status, region_id, site_id,"
                            + " level_id, serial_number, first_submitted_at, submitted_at, changed_at, version)"
                            + " values (?, ?, ?, 'PAID', ?, ?, ?, ?, ?, ?, ?, 1)")
                    .setParameter(1, application).setParameter(2, account).setParameter(3, session)
                    .setParameter(4, region).setParameter(5, site).setParameter(6, level).setParameter(7, n + i)
                    .setParameter(8, now).setParameter(9, now).setParameter(10, now).executeUpdate();
            String ticket = code + "-" + code + "-" + String.format("%08d", i + 1);
            em.createNativeQuery("insert into admission_ticket (application_id, session_id, region_id, sequence_no,"
                            + " ticket_number, issue_version, issued_at) values (?, ?, ?, ?, ?, 1, ?)")
                    .setParameter(1, application).setParameter(2, session).setParameter(3, region)
                    .setParameter(4, i + 1L).setParameter(5, ticket).setParameter(6, now).executeUpdate();
            long[] subjects = i == candidates - 1 ? new long[] {theory} : new long[] {theory, skill};
            for (long subject : new long[] {theory, skill}) {
                em.createNativeQuery("insert into application_subject (id, application_id, subject_id, carried_over)"
                        + " values (?, ?, ?, false)").setParameter(1, ids++).setParameter(2, application)
                        .setParameter(3, subject).executeUpdate();
            }
            for (long subject : subjects) {
                em.createNativeQuery("insert into seat_assignment (application_id, subject_id, session_id, site_id,"
                                + " room_id, seat_number, sitting, starts_at, duration_minutes, assigned_at)"
                                + " values (?, ?, ?, ?, ?, ?, 1, ?, 90, ?)")
                        .setParameter(1, application).setParameter(2, subject).setParameter(3, session)
                        .setParameter(4, site).setParameter(5, room).setParameter(6, i + 1)
                        .setParameter(7, (subject == theory ? examDay : examDay.withHour(14))
                                .atZone(BusinessTime.ZONE).toOffsetDateTime())
                        .setParameter(8, now).executeUpdate();
            }
            built.add(new Candidate(account, application, idNumber, ticket));
        }
        return new Built(session, code, built);
    }

    /** The session's scores: "ticket/subject" → "score passed|failed[ void]". */
    @SuppressWarnings("unchecked")
    public Map<String, String> scores(long sessionId) {
        Map<String, String> scores = new TreeMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select t.ticket_number, r.subject_code, r.score,"
                        + " r.passed, r.voided from score_record r join admission_ticket t on t.application_id = r.application_id"
                        + " where r.session_id = ?").setParameter(1, sessionId).getResultList()) {
            scores.put(row[0] + "/" + row[1], new java.math.BigDecimal(row[2].toString()).stripTrailingZeros().toPlainString()
                    + (Boolean.TRUE.equals(row[3]) ? " passed" : " failed") + (Boolean.TRUE.equals(row[4]) ? " void" : ""));
        }
        return scores;
    }

    /** The run's skipped lines: line number → the reason's key. */
    @SuppressWarnings("unchecked")
    public Map<Long, String> skips(long runId) {
        Map<Long, String> skips = new TreeMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select line_no, reason from score_import_skip"
                + " where run_id = ?").setParameter(1, runId).getResultList()) {
            skips.put(((Number) row[0]).longValue(), ((String) row[1]).split("\\|")[0]);
        }
        return skips;
    }

    /** The kept history of the run's changes: "ticket/subject old→new". */
    @SuppressWarnings("unchecked")
    public List<String> changes(long runId) {
        return ((List<Object[]>) em.createNativeQuery("select t.ticket_number, r.subject_code, c.old_score, c.new_score"
                        + " from score_change c join score_record r on r.id = c.score_record_id"
                        + " join admission_ticket t on t.application_id = r.application_id where c.run_id = ?"
                        + " order by t.ticket_number, r.subject_code").setParameter(1, runId).getResultList())
                .stream().map(r -> r[0] + "/" + r[1] + " " + new java.math.BigDecimal(r[2].toString()).stripTrailingZeros()
                        .toPlainString() + "→" + new java.math.BigDecimal(r[3].toString()).stripTrailingZeros().toPlainString())
                .toList();
    }

    /** The run's server died: its heartbeat is old and its execution one the job repository does not know. */
    public void serverDied(long runId, long lostExecution) {
        em.createNativeQuery("update score_import_run set heartbeat_at = ?, execution_id = ? where id = ?")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2)).setParameter(2, lostExecution)
                .setParameter(3, runId).executeUpdate();
    }

    public long count(String sql, long parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
