package com.baokao.itest.incontainer;

import com.baokao.account.ResidentIdNumber;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only access to the database behind the services, deployed with the in-container tests. */
@Stateless
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @jakarta.ejb.EJB
    com.baokao.platform.DatabaseHealth health;

    @jakarta.ejb.EJB
    com.baokao.application.PlaceHolds placeHolds;

    @jakarta.inject.Inject
    jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash pbkdf2;

    @jakarta.annotation.Resource(lookup = com.baokao.platform.Database.DATASOURCE)
    javax.sql.DataSource dataSource;

    /**
     * A valid resident ID number not used before in this database: each test class passes a region code of
     * its own (deployments share the database but not this counter); birth dates count up from 1980-01-01.
     */
    public static String nextResidentId(String region) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n);
        String first17 = String.format("%s%04d%02d%02d%03d", region, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 100 + n % 900);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public String fullNameStored(long accountId) {
        return (String) em.createNativeQuery("select full_name from account where id = ?")
                .setParameter(1, accountId).getSingleResult();
    }

    public String idNumberOf(long accountId) {
        return (String) em.createNativeQuery("select id_number from account where id = ?")
                .setParameter(1, accountId).getSingleResult();
    }

    public long countAccounts(String idNumber) {
        return ((Number) em.createNativeQuery("select count(*) from account where id_number = ?")
                .setParameter(1, idNumber).getSingleResult()).longValue();
    }

    /** Bodies of the outbox messages to {@code recipient}, newest first. */
    @SuppressWarnings("unchecked")
    public List<String> outboxBodies(String recipient) {
        return em.createNativeQuery("select body from outbox_message where recipient = ? order by id desc")
                .setParameter(1, recipient).getResultList();
    }

    public String outboxStatus(String recipient) {
        return (String) em.createNativeQuery("select status from outbox_message where recipient = ? order by id desc")
                .setParameter(1, recipient).setMaxResults(1).getSingleResult();
    }

    public void expireResetCodes(long accountId) {
        em.createNativeQuery("update password_reset_code set expires_at = ? where account_id = ?")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .setParameter(2, accountId).executeUpdate();
    }

    /** Moves an application's first submission to another moment (statistics count by its day). */
    public void firstSubmittedAt(long applicationId, Instant at) {
        em.createNativeQuery("update application set first_submitted_at = ? where id = ?")
                .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).setParameter(2, applicationId).executeUpdate();
    }

    public void expireResetCodesAt(long accountId, Instant expiredAt) {
        em.createNativeQuery("update password_reset_code set expires_at = ? where account_id = ?")
                .setParameter(1, OffsetDateTime.ofInstant(expiredAt, ZoneOffset.UTC))
                .setParameter(2, accountId).executeUpdate();
    }

    public long resetCodes(long accountId) {
        return ((Number) em.createNativeQuery("select count(*) from password_reset_code where account_id = ?")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    public int failedAttemptsOfLatestCode(long accountId) {
        return ((Number) em.createNativeQuery("select failed_attempts from password_reset_code where account_id = ?"
                        + " order by created_at desc, id desc")
                .setParameter(1, accountId).setMaxResults(1).getSingleResult()).intValue();
    }

    /** Pretends the last sign-in failure of {@code loginKey} happened {@code secondsAgo} seconds ago. */
    public void ageLastFailure(String loginKey, long secondsAgo) {
        em.createNativeQuery("update login_failures set last_failure_at = ? where login_key = ?")
                .setParameter(1, OffsetDateTime.ofInstant(Instant.now().minusSeconds(secondsAgo), ZoneOffset.UTC))
                .setParameter(2, loginKey).executeUpdate();
    }

    public int failures(String loginKey) {
        List<?> rows = em.createNativeQuery("select failures from login_failures where login_key = ?")
                .setParameter(1, loginKey).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Migrations shipped in the application that have not been applied (should be none after start-up). */
    public int pendingMigrations() {
        return org.flywaydb.core.Flyway.configure(TestData.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info().pending().length;
    }

    public String schemaVersion() {
        // Flyway quotes its table and column names; the latest successful migration is the schema version
        return (String) em.createNativeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                        + " order by \"installed_rank\" desc")
                .setMaxResults(1).getSingleResult();
    }

    /** Tables in a schema, by information_schema (both H2 and PostgreSQL have it). */
    public long tablesInSchema(String schema) {
        return ((Number) em.createNativeQuery("select count(*) from information_schema.tables where lower(table_schema) = ?")
                .setParameter(1, schema).getSingleResult()).longValue();
    }

    public String databaseProduct() {
        return health.productName();
    }

    /** An account with a fixed id (the principal a test deployment maps), created once per database. */
    public void ensureAccount(long id, String role, String idNumber, String username, String fullName) {
        long exists = ((Number) em.createNativeQuery("select count(*) from account where id = ?")
                .setParameter(1, id).getSingleResult()).longValue();
        if (exists == 0) {
            em.createNativeQuery("insert into account (id, role, username, id_type, id_number, full_name, sex, birth_date,"
                            + " phone, email, password_hash, created_at, version) values (?, ?, ?, ?, ?, ?, 'MALE', ?, '13900000000',"
                            + " ?, 'not-a-hash: signs in only as a run-as identity', ?, 1)")
                    .setParameter(1, id).setParameter(2, role).setParameter(3, username)
                    .setParameter(4, idNumber == null ? null : "RESIDENT_ID").setParameter(5, idNumber)
                    .setParameter(6, fullName).setParameter(7, LocalDate.of(1980, 1, 1))
                    .setParameter(8, id + "@example.com").setParameter(9, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        }
    }

    /** Another candidate's draft application and photo, written directly: the caller must never reach them. */
    public long[] foreignApplication(long ownerAccountId, long sessionId, long regionId, byte[] photo) {
        long applicationId = 800000000L + SEQUENCE.incrementAndGet();
        long fileId = applicationId + 1000;
        em.createNativeQuery("insert into stored_file (id, owner_account_id, purpose, content_type, size_bytes, sha256,"
                        + " uploaded_at, content) values (?, ?, 'EXAM_PHOTO', 'image/jpeg', ?, ?, ?, ?)")
                .setParameter(1, fileId).setParameter(2, ownerAccountId).setParameter(3, photo.length)
                .setParameter(4, com.baokao.platform.Sha256.hex(photo))
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(6, photo).executeUpdate();
        em.createNativeQuery("insert into application (id, account_id, session_id, status, region_id, exam_photo_file_id,"
                        + " changed_at, version) values (?, ?, ?, 'DRAFT', ?, ?, ?, 1)")
                .setParameter(1, applicationId).setParameter(2, ownerAccountId).setParameter(3, sessionId)
                .setParameter(4, regionId).setParameter(5, fileId).setParameter(6, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return new long[] {applicationId, fileId};
    }

    /**
     * Another candidate's application, written directly as submitted at {@code siteId} for every subject of the
     * session (without a place yet: {@link #holdPlace} takes one as the submission would).
     */
    public long submittedAt(long ownerAccountId, long sessionId, long regionId, long siteId) {
        long id = foreignApplication(ownerAccountId, sessionId, regionId, new byte[] {1})[0];
        em.createNativeQuery("update application set status = 'SUBMITTED', site_id = ? where id = ?").setParameter(1, siteId)
                .setParameter(2, id).executeUpdate();
        int i = 0;
        for (Number subject : subjectIds(sessionId)) {
            em.createNativeQuery("insert into application_subject (id, application_id, subject_id, carried_over)"
                            + " values (?, ?, ?, false)").setParameter(1, 880000000L + id % 1000000 * 10 + i++)
                    .setParameter(2, id).setParameter(3, subject.longValue()).executeUpdate();
        }
        return id;
    }

    /** Takes the application's place the way a status change does: under its row lock, in a transaction of its own. */
    public void holdPlace(long applicationId) {
        com.baokao.application.Application application = em.find(com.baokao.application.Application.class, applicationId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        placeHolds.sync(application);
    }

    /** The places held at a site, counted from the holds themselves (not from the counter). */
    public long holdsAt(long sessionId, long siteId) {
        return ((Number) em.createNativeQuery("select count(*) from place_hold h join site_places p on p.id = h.places_id"
                + " where p.session_id = ? and p.site_id = ?").setParameter(1, sessionId).setParameter(2, siteId)
                .getSingleResult()).longValue();
    }

    /** Gives the account a password hash as Baokao stored them before Argon2id: PBKDF2-HMAC-SHA256, 600,000 iterations. */
    public void oldPasswordHash(String idNumber, String password) {
        pbkdf2.initialize(java.util.Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "600000", "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        em.createNativeQuery("update account set password_hash = ? where id_number = ?")
                .setParameter(1, pbkdf2.generate(password.toCharArray())).setParameter(2, idNumber).executeUpdate();
    }

    public String passwordHash(String idNumber) {
        return (String) em.createNativeQuery("select password_hash from account where id_number = ?").setParameter(1, idNumber)
                .getSingleResult();
    }

    /** A seat given to an application for one subject at one sitting, written directly (as the seat job would). */
    public void seat(long applicationId, long subjectId, long sessionId, long siteId, long roomId, int seatNumber, int sitting,
                     Instant startsAt, int durationMinutes) {
        em.createNativeQuery("insert into seat_assignment (application_id, subject_id, session_id, site_id, room_id, seat_number,"
                        + " sitting, starts_at, duration_minutes, assigned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, applicationId).setParameter(2, subjectId).setParameter(3, sessionId).setParameter(4, siteId)
                .setParameter(5, roomId).setParameter(6, seatNumber).setParameter(7, sitting)
                .setParameter(8, startsAt.atOffset(ZoneOffset.UTC)).setParameter(9, durationMinutes)
                .setParameter(10, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }

    public void removeSeat(long applicationId, long subjectId) {
        em.createNativeQuery("delete from seat_assignment where application_id = ? and subject_id = ?")
                .setParameter(1, applicationId).setParameter(2, subjectId).executeUpdate();
    }

    /** status, version and serial number of an application, as stored. */
    public Object[] applicationRow(long applicationId) {
        return (Object[]) em.createNativeQuery("select status, version, serial_number from application where id = ?")
                .setParameter(1, applicationId).getSingleResult();
    }

    public long accountIdOf(String idNumber) {
        return ((Number) em.createNativeQuery("select id from account where id_number = ?")
                .setParameter(1, idNumber).getSingleResult()).longValue();
    }

    /** Moves every subject of a session to {@code startsAt} (an exam that has taken place, for the post-exam review). */
    public void moveSubjects(long sessionId, Instant startsAt) {
        em.createNativeQuery("update subject set starts_at = ? where level_id in (select id from exam_level where session_id = ?)")
                .setParameter(1, startsAt.atOffset(ZoneOffset.UTC)).setParameter(2, sessionId).executeUpdate();
    }

    public void addScore(long accountId, String occupation, String level, String subject, LocalDate examDate, boolean passed) {
        em.persist(new com.baokao.application.ScoreRecord(accountId, occupation, level, subject, "科目 " + subject, examDate,
                new java.math.BigDecimal(passed ? "75.00" : "40.00"), passed));
    }

    /** subject code, voided, void reason of the candidate's scores in an occupation, by subject code. */
    @SuppressWarnings("unchecked")
    public List<Object[]> scores(long accountId, String occupation) {
        return em.createNativeQuery("select subject_code, voided, void_reason from score_record where account_id = ?"
                + " and occupation = ? order by subject_code").setParameter(1, accountId).setParameter(2, occupation)
                .getResultList();
    }

    /**
     * Moves a session's registration window, resubmission and confirmation deadlines into the past (ordered as the
     * exam calendar requires; later dates stay as they were): a session cannot be given applications once it is
     * over, so tests make them while it is open and then let its confirmation deadline pass this way.
     */
    public void confirmationDeadlinePassed(long sessionId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("update exam_session set registration_opens_at = ?, registration_closes_at = ?,"
                        + " resubmission_deadline = ?, confirmation_deadline = ? where id = ?")
                .setParameter(1, now.minusDays(4)).setParameter(2, now.minusDays(3)).setParameter(3, now.minusDays(2))
                .setParameter(4, now.minusDays(1)).setParameter(5, sessionId).executeUpdate();
    }

    /** How many audit events with {@code action} an application has. */
    public long auditEvents(long applicationId, String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where subject_type = 'Application'"
                        + " and subject_id = ? and action = ?")
                .setParameter(1, String.valueOf(applicationId)).setParameter(2, action).getSingleResult()).longValue();
    }

    /** How many audit events with {@code action} exist at all. */
    public long auditEventsOf(String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where action = ?")
                .setParameter(1, action).getSingleResult()).longValue();
    }

    /** The outcomes of the {@code scheduled_run} rows of a job, oldest due time first. */
    @SuppressWarnings("unchecked")
    public List<String> scheduledRunOutcomes(String job) {
        return em.createNativeQuery("select outcome from scheduled_run where job_name = ? order by due_at")
                .setParameter(1, job).getResultList();
    }

    /** The outcome of a job's run for one due time; {@code null} while no node has taken that due time. */
    public String scheduledRunOutcome(String job, Instant due) {
        List<?> rows = em.createNativeQuery("select outcome from scheduled_run where job_name = ? and due_at = ?")
                .setParameter(1, job).setParameter(2, due.atOffset(ZoneOffset.UTC)).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /**
     * Takes a job's due time in the scheduler's own table before any node does, as a finished run leaves it: no node's
     * tick runs that due time then. Nothing changes if a node has taken it already. Plain auto-commit JDBC, as
     * ClusterScheduler claims a due time, so a lost race (unique key) is only that.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void takeScheduledRun(String job, Instant due, String detail) throws java.sql.SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement insert = c.prepareStatement("insert into scheduled_run (job_name, due_at, node,"
                     + " started_at, lease_until, finished_at, outcome, detail) values (?, ?, 'test', ?, ?, ?, 'DONE', ?)")) {
            c.setAutoCommit(true);
            insert.setString(1, job);
            insert.setObject(2, due.atOffset(ZoneOffset.UTC));
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.setString(6, detail);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** Registration of a session closes {@code from now} (reminders are sent in the last three days). */
    public void registrationClosesIn(long sessionId, Duration fromNow) {
        em.createNativeQuery("update exam_session set registration_closes_at = ? where id = ?")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).plus(fromNow)).setParameter(2, sessionId).executeUpdate();
    }

    /** Moves every deadline up to the payment deadline into the past, in the calendar's order. */
    public void paymentDeadlinePassed(long sessionId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("update exam_session set registration_opens_at = ?, registration_closes_at = ?,"
                        + " resubmission_deadline = ?, confirmation_deadline = ?, payment_deadline = ? where id = ?")
                .setParameter(1, now.minusDays(5)).setParameter(2, now.minusDays(4)).setParameter(3, now.minusDays(3))
                .setParameter(4, now.minusDays(2)).setParameter(5, now.minusDays(1)).setParameter(6, sessionId).executeUpdate();
    }

    /** An open payment order for an application (until Baokao's own order creation exists, issue 6). */
    public void openPaymentOrder(long id, String orderNo, long applicationId, long amountFen) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("insert into payment_order (id, order_no, application_id, open_for_application, amount_fen,"
                        + " status, provider_url, expires_at, created_at, version) values (?, ?, ?, ?, ?, 'OPEN',"
                        + " 'http://localhost/none', ?, ?, 1)")
                .setParameter(1, id).setParameter(2, orderNo).setParameter(3, applicationId).setParameter(4, applicationId)
                .setParameter(5, amountFen).setParameter(6, now.plusDays(5)).setParameter(7, now).executeUpdate();
    }

    /** outcome and detail of each payment record of an application, in recording order. */
    @SuppressWarnings("unchecked")
    public List<String> paymentOutcomes(long applicationId) {
        return em.createNativeQuery("select outcome from payment_record where application_id = ? order by id")
                .setParameter(1, applicationId).getResultList();
    }

    /** Where each payment record of an application came from (NOTIFY, QUERY, STATEMENT), in recording order. */
    @SuppressWarnings("unchecked")
    public List<String> paymentSources(long applicationId) {
        return em.createNativeQuery("select source from payment_record where application_id = ? order by id")
                .setParameter(1, applicationId).getResultList();
    }

    /** When Baokao recorded a provider transaction (whichever way it learnt of it). */
    public Instant paymentRecordedAt(String transactionId) {
        return em.createQuery("select r.recordedAt from PaymentRecord r where r.transactionId = :t", Instant.class)
                .setParameter("t", transactionId).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<String> refundReasons(long applicationId) {
        return em.createNativeQuery("select reason from refund_request where application_id = ? order by id")
                .setParameter(1, applicationId).getResultList();
    }

    public long paymentRecords(String orderNo) {
        return ((Number) em.createNativeQuery("select count(*) from payment_record where order_no = ?")
                .setParameter(1, orderNo).getSingleResult()).longValue();
    }

    /** Every deadline up to the payment deadline in the past, the payment deadline at {@code paymentDeadline}. */
    public void paymentDeadlineAt(long sessionId, Instant paymentDeadline) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("update exam_session set registration_opens_at = ?, registration_closes_at = ?,"
                        + " resubmission_deadline = ?, confirmation_deadline = ?, payment_deadline = ? where id = ?")
                .setParameter(1, now.minusDays(5)).setParameter(2, now.minusDays(4)).setParameter(3, now.minusDays(3))
                .setParameter(4, now.minusDays(2)).setParameter(5, paymentDeadline.atOffset(ZoneOffset.UTC))
                .setParameter(6, sessionId).executeUpdate();
    }

    /** A payment order that is not (or no longer) the application's open one, placed at {@code providerUrl}. */
    public void paymentOrder(long id, String orderNo, long applicationId, long amountFen, String providerUrl) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("insert into payment_order (id, order_no, application_id, open_for_application, amount_fen,"
                        + " status, provider_url, expires_at, created_at, version) values (?, ?, ?, null, ?, 'SUPERSEDED',"
                        + " ?, ?, ?, 1)")
                .setParameter(1, id).setParameter(2, orderNo).setParameter(3, applicationId).setParameter(4, amountFen)
                .setParameter(5, providerUrl).setParameter(6, now.plusDays(5)).setParameter(7, now).executeUpdate();
    }

    /** Points every payment order of an application at another provider address (an unreachable one, say). */
    public void providerUrlOf(long applicationId, String providerUrl) {
        em.createNativeQuery("update payment_order set provider_url = ? where application_id = ?")
                .setParameter(1, providerUrl).setParameter(2, applicationId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> transactionIds(long applicationId, String outcome) {
        return em.createNativeQuery("select transaction_id from payment_record where application_id = ? and outcome = ?"
                + " order by id").setParameter(1, applicationId).setParameter(2, outcome).getResultList();
    }

    /** id, status, reason, amount_fen, attempts, provider_refund_id, last_error of each refund of an application. */
    @SuppressWarnings("unchecked")
    public List<Object[]> refunds(long applicationId) {
        return em.createNativeQuery("select id, status, reason, amount_fen, attempts, provider_refund_id, last_error"
                + " from refund_request where application_id = ? order by id").setParameter(1, applicationId).getResultList();
    }

    /** A refund waiting for its next attempt is due now. */
    public void refundDueNow(long refundId) {
        em.createNativeQuery("update refund_request set next_attempt_at = null where id = ?").setParameter(1, refundId)
                .executeUpdate();
    }

    /** How many audit events with {@code action} an exam session has. */
    public long sessionAuditEvents(long sessionId, String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where subject_type = 'ExamSession'"
                        + " and subject_id = ? and action = ?")
                .setParameter(1, String.valueOf(sessionId)).setParameter(2, action).getSingleResult()).longValue();
    }

    /** The subjects of a session's levels. */
    @SuppressWarnings("unchecked")
    public List<Number> subjectIds(long sessionId) {
        return em.createNativeQuery("select s.id from subject s join exam_level l on l.id = s.level_id where l.session_id = ?"
                + " order by s.id").setParameter(1, sessionId).getResultList();
    }

    /** The text of a CAPTCHA picture the API handed out (what a person reads off the picture). */
    public String captchaText(String challengeId) {
        return (String) em.createNativeQuery("select answer from captcha_challenge where id = ?")
                .setParameter(1, challengeId).getSingleResult();
    }

    /** How a phone's sign-in ended: null while it lasts, else the reason it was revoked. */
    public String tokenFamilyRevocation(long accountId) {
        List<?> reasons = em.createNativeQuery("select revoked_reason from api_token_family where account_id = ?"
                + " order by created_at desc").setParameter(1, accountId).setMaxResults(1).getResultList();
        return reasons.isEmpty() ? null : (String) reasons.get(0);
    }

    /**
     * Opens the session's ticket-printing window now (it opens weeks after registration in the test calendars); the
     * payment deadline must have passed before ({@link #paymentDeadlinePassed}), as the calendar requires.
     */
    public void ticketPrintingOpenNow(long sessionId) {
        em.createNativeQuery("update exam_session set ticket_printing_opens_at = ?, ticket_printing_closes_at = ?"
                        + " where id = ?")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC).plusDays(7)).setParameter(3, sessionId)
                .executeUpdate();
    }

    /** An admission ticket for an application, written directly (as the ticket job would). */
    public void ticket(long applicationId, long sessionId, long regionId) {
        em.createNativeQuery("insert into admission_ticket (application_id, session_id, region_id, sequence_no,"
                        + " ticket_number, issue_version, issued_at) values (?, ?, ?, ?, ?, 1, ?)")
                .setParameter(1, applicationId).setParameter(2, sessionId).setParameter(3, regionId)
                .setParameter(4, applicationId % 100_000_000L).setParameter(5, "DK" + applicationId)
                .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }
}
