package com.baokao.itest.incontainer;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only writes for results and the post-exam form: candidates with applications, admission tickets and imported
 * scores, written directly as the seating and score-import jobs would (ids from a range of their own).
 */
@Stateless
public class ResultsData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    /** A new candidate with an application of the session at {@code siteId} (null: none chosen); its id. */
    public long candidateWithApplication(long sessionId, long regionId, Long siteId, String name) {
        int n = SEQUENCE.incrementAndGet();
        long account = 890_000_000L + n; // CertificateData counts from 870,000,000 in the same database
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("insert into account (id, role, id_type, id_number, full_name, sex, birth_date, phone, email,"
                        + " password_hash, created_at, version) values (?, 'CANDIDATE', 'RESIDENT_ID', ?, ?, 'FEMALE', ?,"
                        + " '13900000000', ?, 'not-a-hash', ?, 1)")
                .setParameter(1, account).setParameter(2, "R" + account).setParameter(3, name)
                .setParameter(4, LocalDate.of(1990, 1, 1)).setParameter(5, account + "@example.com")
                .setParameter(6, now).executeUpdate();
        long level = ((Number) em.createNativeQuery("select min(id) from exam_level where session_id = ?")
                .setParameter(1, sessionId).getSingleResult()).longValue();
        long application = 890_000_000L + n;
        em.createNativeQuery("insert into application (id, account_id, session_id, status, region_id, site_id, level_id,"
                        + " serial_number, first_submitted_at, submitted_at, changed_at, version)"
                        + " values (?, ?, ?, 'TICKETED', ?, cast(? as bigint), ?, ?, ?, ?, ?, 1)")
                .setParameter(1, application).setParameter(2, account).setParameter(3, sessionId).setParameter(4, regionId)
                .setParameter(5, siteId).setParameter(6, level).setParameter(7, application).setParameter(8, now)
                .setParameter(9, now).setParameter(10, now).executeUpdate();
        return application;
    }

    /** The admission ticket of an application, as the seating job writes it. */
    public void ticket(long applicationId, String ticketNumber) {
        Object[] a = (Object[]) em.createNativeQuery("select session_id, region_id from application where id = ?")
                .setParameter(1, applicationId).getSingleResult();
        em.createNativeQuery("insert into admission_ticket (application_id, session_id, region_id, sequence_no, ticket_number,"
                        + " issue_version, issued_at) values (?, ?, ?, ?, ?, 1, ?)")
                .setParameter(1, applicationId).setParameter(2, ((Number) a[0]).longValue())
                .setParameter(3, ((Number) a[1]).longValue()).setParameter(4, SEQUENCE.incrementAndGet())
                .setParameter(5, ticketNumber).setParameter(6, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** An imported score of the application in one subject of its session, as the score import writes it. */
    public void score(long applicationId, String subjectCode, String score, String passMark, boolean voided, LocalDate examDate) {
        Object[] a = (Object[]) em.createNativeQuery("select a.account_id, a.session_id, s.occupation from application a"
                + " join exam_session s on s.id = a.session_id where a.id = ?").setParameter(1, applicationId).getSingleResult();
        long sessionId = ((Number) a[1]).longValue();
        Object[] subject = (Object[]) em.createNativeQuery("select s.id, s.name, l.code from subject s"
                        + " join exam_level l on l.id = s.level_id where l.session_id = ? and s.code = ?")
                .setParameter(1, sessionId).setParameter(2, subjectCode).getSingleResult();
        BigDecimal value = new BigDecimal(score);
        BigDecimal mark = new BigDecimal(passMark);
        em.createNativeQuery("insert into score_record (id, account_id, occupation, level_code, subject_code, subject_name,"
                        + " exam_date, score, passed, voided, void_reason, application_id, session_id, subject_id, pass_mark)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as varchar(500)), ?, ?, ?, ?)")
                .setParameter(1, 880000000L + SEQUENCE.incrementAndGet()).setParameter(2, ((Number) a[0]).longValue())
                .setParameter(3, a[2]).setParameter(4, subject[2]).setParameter(5, subjectCode).setParameter(6, subject[1])
                .setParameter(7, examDate).setParameter(8, value).setParameter(9, value.compareTo(mark) >= 0)
                .setParameter(10, voided).setParameter(11, voided ? "考后复核不通过" : null).setParameter(12, applicationId)
                .setParameter(13, sessionId).setParameter(14, ((Number) subject[0]).longValue()).setParameter(15, mark)
                .executeUpdate();
    }
}
