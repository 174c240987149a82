package com.baokao.itest.incontainer;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-only (certificates): sat applications with their tickets and scores, written directly as the seating job and
 * the score import would, and a session's scores released.
 */
@Stateless
public class CertificateData {

    private static final AtomicLong NEXT = new AtomicLong(870_000_000L);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    TestData data;

    /** A new candidate account; returns its id and ID number. */
    public Object[] candidate(String name) {
        long id = NEXT.incrementAndGet();
        String idNumber = TestData.nextResidentId("500106");
        data.ensureAccount(id, "CANDIDATE", idNumber, null, name);
        return new Object[] {id, idNumber};
    }

    /**
     * A paid application of {@code accountId} at {@code siteId} with a ticket, every subject of the session's level
     * sat and scored ({@code passed} or not). Returns the application id.
     */
    public long sat(long accountId, long sessionId, long regionId, long siteId, boolean passed) {
        long level = ((Number) em.createNativeQuery("select min(id) from exam_level where session_id = ?")
                .setParameter(1, sessionId).getSingleResult()).longValue();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long application = NEXT.incrementAndGet();
        em.createNativeQuery("insert into application (id, account_id, session_id, status, region_id, site_id, level_id,"
                        + " first_submitted_at, submitted_at, changed_at, version) values (?, ?, ?, 'PAID', ?, ?, ?, ?, ?, ?, 1)")
                .setParameter(1, application).setParameter(2, accountId).setParameter(3, sessionId)
                .setParameter(4, regionId).setParameter(5, siteId).setParameter(6, level).setParameter(7, now.minusDays(60))
                .setParameter(8, now.minusDays(60)).setParameter(9, now.minusDays(60)).executeUpdate();
        em.createNativeQuery("insert into admission_ticket (application_id, session_id, region_id, sequence_no,"
                        + " ticket_number, issue_version, issued_at) values (?, ?, ?, ?, ?, 1, ?)")
                .setParameter(1, application).setParameter(2, sessionId).setParameter(3, regionId)
                .setParameter(4, application - 860_000_000L).setParameter(5, "CT" + application).setParameter(6, now.minusDays(30))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> subjects = em.createNativeQuery("select s.id, s.code, s.name, l.code, e.occupation from subject s"
                + " join exam_level l on l.id = s.level_id join exam_session e on e.id = l.session_id where l.id = ?")
                .setParameter(1, level).getResultList();
        for (Object[] subject : subjects) {
            long subjectId = ((Number) subject[0]).longValue();
            em.createNativeQuery("insert into application_subject (id, application_id, subject_id, carried_over)"
                    + " values (?, ?, ?, false)").setParameter(1, NEXT.incrementAndGet()).setParameter(2, application)
                    .setParameter(3, subjectId).executeUpdate();
            em.createNativeQuery("insert into score_record (id, account_id, occupation, level_code, subject_code,"
                            + " subject_name, exam_date, score, passed, voided, application_id, session_id, subject_id,"
                            + " pass_mark, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 60, ?)")
                    .setParameter(1, NEXT.incrementAndGet()).setParameter(2, accountId).setParameter(3, subject[4])
                    .setParameter(4, subject[3]).setParameter(5, subject[1]).setParameter(6, subject[2])
                    .setParameter(7, LocalDate.now().minusDays(40)).setParameter(8, new BigDecimal(passed ? "75" : "40"))
                    .setParameter(9, passed).setParameter(10, application).setParameter(11, sessionId)
                    .setParameter(12, subjectId).setParameter(13, now.minusDays(20)).executeUpdate();
        }
        return application;
    }

    /** The session's scores released an hour ago. */
    public void release(long sessionId) {
        em.createNativeQuery("update exam_session set results_release_at = ? where id = ?")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)).setParameter(2, sessionId)
                .executeUpdate();
    }

    /** Another candidate's choice of the post, written directly (the candidate's own choice goes through the page). */
    public void choosePost(long applicationId) {
        Object[] app = (Object[]) em.createNativeQuery("select session_id, account_id from application where id = ?")
                .setParameter(1, applicationId).getSingleResult();
        em.createNativeQuery("insert into certificate_delivery (application_id, session_id, account_id, method, recipient,"
                        + " phone, province, city, district, detail, postcode, chosen_at, version)"
                        + " values (?, ?, ?, 'POST', '收件人', '13800138000', '四川省', '成都市', '武侯区', '人民南路 1 号',"
                        + " '610041', ?, 1)")
                .setParameter(1, applicationId).setParameter(2, app[0]).setParameter(3, app[1])
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    /** application id, serial, number of every certificate of a session, by serial. */
    @SuppressWarnings("unchecked")
    public List<Object[]> certificates(long sessionId) {
        return em.createNativeQuery("select application_id, serial, certificate_number from issued_certificate"
                + " where session_id = ? order by serial").setParameter(1, sessionId).getResultList();
    }

    public long notices(long accountId, String key) {
        return ((Number) em.createNativeQuery("select count(*) from inbox_message where account_id = ? and message_key = ?")
                .setParameter(1, accountId).setParameter(2, key).getSingleResult()).longValue();
    }
}
