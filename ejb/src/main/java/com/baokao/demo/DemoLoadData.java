package com.baokao.demo;

import com.baokao.account.PasswordHasher;
import com.baokao.account.ResidentIdNumber;
import com.baokao.application.SitePlacesAdmin;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * Registration day's crowd for the load benchmark and its smoke test (issue 18), added only when
 * {@code baokao.demo.load-candidates} is above zero: that many candidates who registered before the day (password
 * {@value #PASSWORD}, a complete profile with an ID photo), exam {@value #SUBMIT_SESSION} open for applications in
 * Chongqing (online payment, confirmed on site, so a submission needs nothing but the choices) with site
 * {@value #BURST_SITE} limited to {@code baokao.demo.load-burst-places} places, and exam {@value #PAY_SESSION} where
 * each of them has an approved application waiting for the fee. Their ID numbers follow {@link #idNumber}, so the
 * benchmark knows them without asking.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DemoLoadData {

    public static final String PASSWORD = "Load2026";
    public static final String SUBMIT_SESSION = "LOAD2026";
    public static final String PAY_SESSION = "LOADPAY";
    public static final String BURST_SITE = "CQ03";
    /** Far above the sequences' ranges and the other demo ids. */
    private static final long FIRST_ID = 950_000_000_000L;
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    SitePlacesAdmin sitePlaces;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    /** The {@code n}-th load candidate's resident ID number (n from 0): area 500107, a birthday per 500 candidates. */
    public static String idNumber(int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n / 500);
        String first17 = String.format("500107%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 100 + n % 500);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public boolean present() {
        return !em.createNativeQuery("select id from exam_session where code = ?").setParameter(1, SUBMIT_SESSION)
                .getResultList().isEmpty();
    }

    /** The two exams and the burst site's places (in the caller's transaction). */
    public void exams(int burstPlaces) {
        LocalDate today = LocalDate.now(clock.withZone(com.baokao.platform.BusinessTime.ZONE));
        long chongqing = id("select id from region where code = '50'");
        long submit = sessionTree.createSession(new SessionForm(SUBMIT_SESSION, "压力测试：报名日", "压力测试",
                at(today, -1), at(today, 20), at(today, 22), at(today, 24), at(today, 26), at(today, 40), at(today, 47),
                at(today, 75), false, null, 260, 360, true, 1, 100, "WHITE,BLUE", false, false, true));
        long level = sessionTree.addLevel(submit, "3", "三级");
        sessionTree.addEligibilityCondition(level, "累计从事本职业工作 1 年（含）以上");
        sessionTree.addSubject(level, null, "T", "理论知识", LocalDateTime.of(today.plusDays(50), LocalTime.of(9, 0)), 90, true, 10000);
        sessionTree.setRegionRule(submit, chongqing, 1, false, ConfirmationMode.ON_SITE, true);
        sessionTree.publish(submit, true);
        sitePlaces.setPlaces(submit, id("select id from exam_site where code = ?", BURST_SITE), null, burstPlaces);

        long pay = sessionTree.createSession(new SessionForm(PAY_SESSION, "压力测试：缴费", "压力测试缴费",
                at(today, -10), at(today, 20), at(today, 22), at(today, 24), at(today, 26), at(today, 40), at(today, 47),
                at(today, 75), false, null, 260, 360, true, 1, 100, "WHITE,BLUE", false, false, true));
        long payLevel = sessionTree.addLevel(pay, "3", "三级");
        sessionTree.addEligibilityCondition(payLevel, "累计从事本职业工作 1 年（含）以上");
        sessionTree.addSubject(payLevel, null, "T", "理论知识", LocalDateTime.of(today.plusDays(51), LocalTime.of(9, 0)), 90, true, 10000);
        sessionTree.setRegionRule(pay, chongqing, 1, false, ConfirmationMode.ON_SITE, true);
        sessionTree.publish(pay, true);
    }

    /** Candidates {@code from} (inclusive) to {@code to} (exclusive), with profiles and approved LOADPAY applications. */
    public void candidates(int from, int to) {
        long chongqing = id("select id from region where code = '50'");
        long site = id("select id from exam_site where code = 'CQ01'");
        long paySession = id("select id from exam_session where code = ?", PAY_SESSION);
        long payLevel = id("select id from exam_level where session_id = ?", paySession);
        long paySubject = id("select id from subject where level_id = ?", payLevel);
        long condition = id("select id from eligibility_condition where level_id = ?", payLevel);
        String hash = passwordHasher.hash(PASSWORD);
        byte[] photo = DemoTicketHolders.flatPhoto(7);
        String sha = com.baokao.platform.Sha256.hex(photo);
        java.time.OffsetDateTime now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
             PreparedStatement account = c.prepareStatement("insert into account (id, role, id_type, id_number, full_name,"
                     + " sex, birth_date, phone, email, password_hash, created_at, version)"
                     + " values (?, 'CANDIDATE', 'RESIDENT_ID', ?, ?, ?, ?, '13900000000', ?, ?, ?, 1)");
             PreparedStatement file = c.prepareStatement("insert into stored_file (id, owner_account_id, purpose,"
                     + " content_type, size_bytes, sha256, width, height, uploaded_at, content)"
                     + " values (?, ?, 'PHOTO', 'image/jpeg', ?, ?, 260, 360, ?, ?)");
             PreparedStatement profile = c.prepareStatement("insert into candidate_profile (id, account_id, status,"
                     + " home_region_id, education, major, medical_major, graduation_date, work_unit, unit_type, work_years,"
                     + " practice_category, invoice_kind, basic_info_saved, photo_file_id, version)"
                     + " values (?, ?, 'EDITING', ?, 'BACHELOR', '人力资源管理', false, ?, '压力测试单位', 'PRIVATE_ENTERPRISE', 8,"
                     + " 'NONE', 'PERSONAL', true, ?, 1)");
             PreparedStatement application = c.prepareStatement("insert into application (id, account_id, session_id,"
                     + " status, pledge_accepted_at, region_id, site_id, level_id, condition_id, candidate_type,"
                     + " serial_number, first_submitted_at, submitted_at, changed_at, version)"
                     + " values (?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, 'FIRST_TIME', ?, ?, ?, ?, 1)");
             PreparedStatement subject = c.prepareStatement("insert into application_subject (id, application_id,"
                     + " subject_id, carried_over) values (?, ?, ?, false)")) {
            for (int n = from; n < to; n++) {
                String idNumber = idNumber(n);
                long base = FIRST_ID + n * 10L;
                LocalDate birth = LocalDate.parse(idNumber.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                account.setLong(1, base);
                account.setString(2, idNumber);
                account.setString(3, "压测考生" + n);
                account.setString(4, (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                account.setObject(5, birth);
                account.setString(6, "load" + n + "@baokao.example");
                account.setString(7, hash);
                account.setObject(8, now);
                account.addBatch();
                file.setLong(1, base + 1);
                file.setLong(2, base);
                file.setLong(3, photo.length);
                file.setString(4, sha);
                file.setObject(5, now);
                file.setBytes(6, photo);
                file.addBatch();
                profile.setLong(1, base + 2);
                profile.setLong(2, base);
                profile.setLong(3, chongqing);
                profile.setObject(4, LocalDate.of(2010, 7, 1));
                profile.setLong(5, base + 1);
                profile.addBatch();
                application.setLong(1, base + 3);
                application.setLong(2, base);
                application.setLong(3, paySession);
                application.setObject(4, now);
                application.setLong(5, chongqing);
                application.setLong(6, site);
                application.setLong(7, payLevel);
                application.setLong(8, condition);
                application.setLong(9, 800_000_001L + n);
                application.setObject(10, now);
                application.setObject(11, now);
                application.setObject(12, now);
                application.addBatch();
                subject.setLong(1, base + 4);
                subject.setLong(2, base + 3);
                subject.setLong(3, paySubject);
                subject.addBatch();
                if ((n - from + 1) % BATCH == 0 || n == to - 1) {
                    for (PreparedStatement batch : List.of(account, file, profile, application, subject)) {
                        batch.executeBatch();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("load candidates " + from + ".." + to + " not written", e);
        }
    }

    private static LocalDateTime at(LocalDate today, int days) {
        return LocalDateTime.of(today.plusDays(days), days < 0 ? LocalTime.of(9, 0) : LocalTime.of(17, 0));
    }

    private long id(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
