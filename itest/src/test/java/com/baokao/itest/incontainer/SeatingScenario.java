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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A realistic session for the seat job, written the way a real one is: the catalogue through its service (as an
 * administrator), the paid candidates directly. Three sites in two regions:
 * <ul>
 * <li>site A: two computer rooms of 30 and an ordinary room of 40: the computer-based theory paper (T) fills its first
 * sitting and goes on into its second; the paper subject (S) fits;</li>
 * <li>site B: one ordinary room of 30 and no computer room: theory cannot be seated there (NO_ROOM_AT_SITE);</li>
 * <li>site C: a computer room of 25: theory's two sittings seat 50; the rest are ALL_SITTINGS_FULL.</li>
 * </ul>
 * Candidates of region "online" are PAID; some of region "offline" (no online payment) are APPROVED, which is
 * eligible too; approved but unpaid candidates of the online region and one drafted application are not eligible.
 * One paid candidate chose no site (NO_SITE). Everything is keyed by a fresh code, so scenarios never meet.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SeatingScenario {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L * 1000);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;


    @EJB
    PlacesService placesService;

    @EJB
    SessionTreeService sessionTree;

    /** The ids of a built scenario. */
    public record Built(long sessionId, long siteA, long siteB, long siteC, long theory, long paper, String code,
                        int eligible) implements java.io.Serializable {
    }

    /**
     * @param perSite paid candidates at each of sites A, B and C (site A gets {@code 2 * perSite}), in serial order
     *                interleaved across sites
     */
    public Built build(int perSite) {
        return build(perSite, null, 0);
    }

    /**
     * Another exam session at the sites (and regions) of {@code first}, its papers {@code shiftMinutes} after
     * first's: the two sessions share the sites' rooms, at overlapping times when the shift is shorter than a paper.
     */
    public Built buildSharingSites(Built first, int perSite, int shiftMinutes) {
        return build(perSite, first, shiftMinutes);
    }

    private Built build(int perSite, Built first, int shiftMinutes) {
        long n = NEXT.addAndGet(10_000);
        String code = "ST" + (n / 10_000 % 100_000);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        LocalDateTime opens = LocalDateTime.of(today.minusDays(1), LocalTime.of(9, 0));
        long online;
        long offline;
        long siteA;
        long siteB;
        long siteC;
        if (first == null) {
            online = placesService.createRegion(code + "1", "线上缴费区" + code, null);
            offline = placesService.createRegion(code + "2", "线下缴费区" + code, null);
            siteA = placesService.createSite(online, code + "A", "甲考点" + code, "甲路 1 号", false);
            siteB = placesService.createSite(online, code + "B", "乙考点" + code, "乙路 2 号", false);
            siteC = placesService.createSite(offline, code + "C", "丙考点" + code, "丙路 3 号", false);
            placesService.createRoom(siteA, "机房 1", 30, true);
            placesService.createRoom(siteA, "机房 2", 30, true);
            placesService.createRoom(siteA, "第 1 考场", 40, false);
            placesService.createRoom(siteB, "第 1 考场", 30, false);
            placesService.createRoom(siteC, "机房 1", 25, true);
        } else {
            siteA = first.siteA();
            siteB = first.siteB();
            siteC = first.siteC();
            online = regionOf(siteA);
            offline = regionOf(siteC);
        }
        long session = sessionTree.createSession(new SessionForm(code, "编排测试考试 " + code, "测试职业", opens,
                opens.plusDays(10), opens.plusDays(12), opens.plusDays(14), opens.plusDays(16), opens.plusDays(18),
                opens.plusDays(30), opens.plusDays(60), false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false,
                true));
        long level = sessionTree.addLevel(session, "4", "四级");
        LocalDateTime examDay = LocalDateTime.of(today.plusDays(25), LocalTime.of(9, 0)).plusMinutes(shiftMinutes);
        long theory = sessionTree.addSubject(level, null, "T", "理论知识", examDay, 90, true, 9000);
        long paper = sessionTree.addSubject(level, null, "S", "技能操作", examDay.plusHours(5), 120, false, 9000);
        // the theory paper's second batch, the next morning (the catalogue page adds sittings the same way)
        em.createNativeQuery("insert into subject_sitting (id, subject_id, sitting, starts_at, version) values (?, ?, 2, ?, 1)")
                .setParameter(1, n).setParameter(2, theory)
                .setParameter(3, examDay.plusDays(1).atZone(BusinessTime.ZONE).toOffsetDateTime()).executeUpdate();
        sessionTree.setRegionRule(session, online, 1, false, ConfirmationMode.ONLINE, true);
        sessionTree.setRegionRule(session, offline, 1, false, ConfirmationMode.ONLINE, false);
        sessionTree.publish(session, true);

        byte[] photo = photo();
        long ids = n * 10;
        long file = ids++;
        long firstAccount = account(ids++, code, 0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("insert into stored_file (id, owner_account_id, purpose, content_type, size_bytes, sha256,"
                        + " uploaded_at, content) values (?, ?, 'EXAM_PHOTO', 'image/jpeg', ?, ?, ?, ?)")
                .setParameter(1, file).setParameter(2, firstAccount).setParameter(3, photo.length)
                .setParameter(4, com.baokao.platform.Sha256.hex(photo)).setParameter(5, now).setParameter(6, photo).executeUpdate();

        long serial = n * 10;
        int eligible = 0;
        List<long[]> plan = new ArrayList<>(); // site, region, status (0 paid, 1 approved)
        for (int i = 0; i < perSite; i++) {
            plan.add(new long[] {siteA, online, 0});
            plan.add(new long[] {siteB, online, 0});
            plan.add(new long[] {siteA, online, 0});
            plan.add(new long[] {siteC, offline, i % 2});
        }
        int k = 0;
        for (long[] p : plan) {
            long account = k == 0 ? firstAccount : account(ids++, code, k);
            application(ids++, account, session, p[2] == 0 ? "PAID" : "APPROVED", p[1], p[0], level, file, serial++,
                    new long[] {theory, paper}, ids);
            ids += 2;
            eligible++;
            k++;
        }
        // not eligible: approved but unpaid where the fee is paid online; a draft
        application(ids++, account(ids++, code, k++), session, "APPROVED", online, siteA, level, file, serial++,
                new long[] {theory, paper}, ids);
        ids += 2;
        application(ids++, account(ids++, code, k++), session, "DRAFT", online, siteA, level, file, serial++,
                new long[] {theory, paper}, ids);
        ids += 2;
        // eligible, but without a site
        application(ids++, account(ids++, code, k), session, "PAID", online, null, level, file, serial,
                new long[] {theory, paper}, ids);
        eligible++;
        return new Built(session, siteA, siteB, siteC, theory, paper, code, eligible);
    }

    private long regionOf(long site) {
        return ((Number) em.createNativeQuery("select region_id from exam_site where id = ?").setParameter(1, site)
                .getSingleResult()).longValue();
    }

    /**
     * Any seat held by two candidates of the given sessions at overlapping times (whatever their starts), or any
     * candidate seated twice at overlapping times: must be empty.
     */
    @SuppressWarnings("unchecked")
    public List<String> overlaps(long... sessions) {
        // per seat and per candidate: the slots held, each with a label naming the seat
        java.util.Map<String, List<com.baokao.seating.TimeSlot>> slots = new java.util.HashMap<>();
        java.util.Map<String, List<String>> labels = new java.util.HashMap<>();
        for (long session : sessions) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select application_id, room_id, seat_number,"
                    + " starts_at, duration_minutes from seat_assignment where session_id = ?").setParameter(1, session)
                    .getResultList()) {
                java.time.Instant start = r[3] instanceof OffsetDateTime o ? o.toInstant()
                        : ((java.sql.Timestamp) r[3]).toInstant();
                com.baokao.seating.TimeSlot slot = new com.baokao.seating.TimeSlot(start, ((Number) r[4]).intValue());
                String label = "application " + r[0] + " in seat " + r[2] + " of room " + r[1] + " at " + slot;
                for (String key : List.of("seat " + r[1] + "/" + r[2], "candidate " + r[0])) {
                    slots.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
                    labels.computeIfAbsent(key, k -> new ArrayList<>()).add(label);
                }
            }
        }
        List<String> out = new ArrayList<>();
        slots.forEach((key, held) -> {
            for (int i = 0; i < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    if (held.get(i).overlaps(held.get(j))) {
                        out.add(key + ": " + labels.get(key).get(i) + " overlaps " + labels.get(key).get(j));
                    }
                }
            }
        });
        return out;
    }

    /** A late payer at site A: paid after the first run. */
    public long latePayer(Built built, int index) {
        long n = NEXT.addAndGet(100) * 10 + 5_000_000_000L;
        long level = ((Number) em.createNativeQuery("select level_id from subject where id = ?")
                .setParameter(1, built.theory()).getSingleResult()).longValue();
        long file = ((Number) em.createNativeQuery("select min(exam_photo_file_id) from application where session_id = ?")
                .setParameter(1, built.sessionId()).getSingleResult()).longValue();
        long region = ((Number) em.createNativeQuery("select region_id from exam_site where id = ?")
                .setParameter(1, built.siteA()).getSingleResult()).longValue();
        long serial = ((Number) em.createNativeQuery("select max(serial_number) from application")
                .getSingleResult()).longValue() + 1;
        long application = n;
        application(application, account(n + 1, built.code() + "L", index), built.sessionId(), "PAID", region,
                built.siteA(), level, file, serial, new long[] {built.theory(), built.paper()}, n + 2);
        return application;
    }

    private long account(long id, String code, int k) {
        String idNumber = "S" + code + "-" + id;
        em.createNativeQuery("insert into account (id, role, id_type, id_number, full_name, sex, birth_date, phone, email,"
                        + " password_hash, created_at, version) values (?, 'CANDIDATE', 'RESIDENT_ID', ?, ?, 'FEMALE', ?,"
                        + " '13900000000', ?, 'not-a-hash', ?, 1)")
                .setParameter(1, id).setParameter(2, idNumber).setParameter(3, "考生" + k)
                .setParameter(4, LocalDate.of(1990, 1, 1)).setParameter(5, id + "@example.com")
                .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        return id;
    }

    private void application(long id, long account, long session, String status, long region, Long site, long level,
                             long file, long serial, long[] subjects, long firstSubjectRowId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createNativeQuery("insert into application (id, account_id, session_id, status, region_id, site_id, level_id,"
                        + " exam_photo_file_id, serial_number, first_submitted_at, submitted_at, changed_at, version)"
                        + " values (?, ?, ?, ?, ?, cast(? as bigint), ?, ?, ?, ?, ?, ?, 1)")
                .setParameter(1, id).setParameter(2, account).setParameter(3, session).setParameter(4, status)
                .setParameter(5, region).setParameter(6, site).setParameter(7, level).setParameter(8, file)
                .setParameter(9, serial).setParameter(10, now).setParameter(11, now).setParameter(12, now)
                .executeUpdate();
        for (int i = 0; i < subjects.length; i++) {
            em.createNativeQuery("insert into application_subject (id, application_id, subject_id, carried_over)"
                            + " values (?, ?, ?, false)")
                    .setParameter(1, firstSubjectRowId + i).setParameter(2, id).setParameter(3, subjects[i])
                    .executeUpdate();
        }
    }

    /**
     * The assignment of a session in a form that does not depend on ids: per seat, the candidate's position in serial
     * order, subject code, site code, room name, seat number and sitting; in serial order. Two scenarios built alike
     * have equal assignments exactly when the job seated them alike.
     */
    @SuppressWarnings("unchecked")
    public List<String> assignment(long sessionId) {
        List<Object[]> rows = em.createNativeQuery("select a.serial_number, su.code, si.code, r.name, s.seat_number, s.sitting"
                + " from seat_assignment s join application a on a.id = s.application_id"
                + " join subject su on su.id = s.subject_id join exam_site si on si.id = s.site_id"
                + " join room r on r.id = s.room_id where s.session_id = ? order by a.serial_number, su.code")
                .setParameter(1, sessionId).getResultList();
        long first = ((Number) em.createNativeQuery("select min(serial_number) from application where session_id = ?")
                .setParameter(1, sessionId).getSingleResult()).longValue();
        List<String> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String site = (String) r[2];
            out.add((((Number) r[0]).longValue() - first) + " " + r[1] + " " + site.charAt(site.length() - 1) + " " + r[3]
                    + " #" + r[4] + " sitting " + r[5]);
        }
        return out;
    }

    /** reason → count of the session's unseated pairs. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Long> unseatedByReason(long sessionId) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select reason, count(*) from unseated_candidate"
                + " where session_id = ? group by reason").setParameter(1, sessionId).getResultList()) {
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Any seat held twice at one time, or any candidate in two places at once: both must be empty. */
    @SuppressWarnings("unchecked")
    public List<String> conflicts(long sessionId) {
        List<String> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select room_id, starts_at, seat_number, count(*)"
                + " from seat_assignment where session_id = ? group by room_id, starts_at, seat_number having count(*) > 1")
                .setParameter(1, sessionId).getResultList()) {
            out.add("seat " + r[2] + " of room " + r[0] + " at " + r[1] + " held " + r[3] + " times");
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select application_id, starts_at, count(*)"
                + " from seat_assignment where session_id = ? group by application_id, starts_at having count(*) > 1")
                .setParameter(1, sessionId).getResultList()) {
            out.add("application " + r[0] + " seated twice at " + r[1]);
        }
        return out;
    }

    /** Ticket numbers in serial order of the applications (one region's sequence must rise with the serial). */
    @SuppressWarnings("unchecked")
    public List<String> ticketNumbers(long sessionId) {
        return em.createNativeQuery("select t.ticket_number from admission_ticket t join application a"
                + " on a.id = t.application_id where t.session_id = ? order by a.serial_number")
                .setParameter(1, sessionId).getResultList();
    }

    public long count(String sql, long sessionId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, sessionId).getSingleResult()).longValue();
    }

    /** A small JPEG (the photo every scenario candidate shares). */
    static byte[] photo() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 60, 80);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillOval(15, 10, 30, 40);
        g.dispose();
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
