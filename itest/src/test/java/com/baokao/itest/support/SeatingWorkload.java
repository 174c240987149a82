package com.baokao.itest.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Benchmark-only: an exam session of {@code N} paid candidates for job {@code admission-tickets}, the rows written
 * set-based on PostgreSQL ({@code generate_series}). The catalogue (regions, sites, rooms, subjects) is made by the
 * caller through the catalogue service; this class says what it should hold ({@link #layout}) and writes the
 * million rows plus what the catalogue service has no operation for (the computer-based subject's second sitting).
 *
 * <p>Candidate {@code g} (1..N) sits at site {@code g % SITES} (half of the sites in each of two regions); with
 * {@code k = g / SITES}, everybody takes the paper subject A, {@code k % 5 in (0, 1)} also the computer-based subject
 * B (two sittings), {@code k % 10 = 3} also the paper subject C, and {@code k % 1000 = 7} has C carried over from an
 * earlier pass (not seated). Serial numbers are a permutation of the candidates ({@code g * 7919 mod N}), so serial
 * order is not id order. Every site has ordinary rooms of 30 for 90 % of its candidates and computer rooms of 40 (the
 * last one smaller) for {@link #COMPUTER_SHORTFALL} fewer than half its B candidates: A overflows into the computer
 * rooms, B fills both sittings and {@code 2 * COMPUTER_SHORTFALL} B candidates per site stay unseated.
 *
 * <p>Photos: one shared ID-photo JPEG ({@code stored_file}) is every application's exam photo. The sign-in sheet
 * renderer places each row's photo as its own image (it does not recognise repeats), so a sheet costs what it costs
 * with 30 different photos of that size, without 20 GB of photos in the database.
 */
public final class SeatingWorkload {

    public static final int SITES = 50;
    public static final int ROOM = 30;
    public static final int COMPUTER_ROOM = 40;
    public static final int COMPUTER_SHORTFALL = 10;
    static final long BASE = 600_000_000_000L;
    private static final long SERIAL_STEP = 7919;

    private SeatingWorkload() {
    }

    /** What one site holds: its candidates, its rooms and how many of its (application, subject) pairs stay unseated. */
    public record Site(int index, int candidates, int computerCandidates, int paperCCandidates, int ordinaryRooms,
                       int[] computerRooms) {

        public int computerSeats() {
            return Arrays.stream(computerRooms).sum();
        }

        public int expectedUnseated() {
            return Math.max(0, computerCandidates - 2 * computerSeats());
        }
    }

    /** The session's sites for {@code n} candidates, and the totals the job should end with. */
    public record Layout(int candidates, Site[] sites) {

        public long pairs() {
            return candidates + Arrays.stream(sites).mapToLong(s -> s.computerCandidates() + s.paperCCandidates()).sum();
        }

        public long expectedUnseated() {
            return Arrays.stream(sites).mapToLong(Site::expectedUnseated).sum();
        }

        public long rooms() {
            return Arrays.stream(sites).mapToLong(s -> s.ordinaryRooms() + s.computerRooms().length).sum();
        }
    }

    public static Layout layout(int n) {
        if (n < SITES * 20 || n % SERIAL_STEP == 0) {
            throw new IllegalArgumentException("need at least " + SITES * 20 + " candidates, not a multiple of " + SERIAL_STEP);
        }
        int[] candidates = new int[SITES];
        int[] computer = new int[SITES];
        int[] paperC = new int[SITES];
        for (long g = 1; g <= n; g++) {
            int site = (int) (g % SITES);
            long k = g / SITES;
            candidates[site]++;
            if (k % 5 < 2) {
                computer[site]++;
            }
            if (k % 10 == 3) {
                paperC[site]++;
            }
        }
        Site[] sites = new Site[SITES];
        for (int s = 0; s < SITES; s++) {
            int seats = Math.max(1, (computer[s] + 1) / 2 - COMPUTER_SHORTFALL);
            int[] rooms = new int[(seats + COMPUTER_ROOM - 1) / COMPUTER_ROOM];
            Arrays.fill(rooms, COMPUTER_ROOM);
            if (seats % COMPUTER_ROOM != 0) {
                rooms[rooms.length - 1] = seats % COMPUTER_ROOM;
            }
            int ordinary = (int) Math.ceil(candidates[s] * 0.9 / ROOM);
            sites[s] = new Site(s, candidates[s], computer[s], paperC[s], ordinary, rooms);
        }
        return new Layout(n, sites);
    }

    /**
     * Writes the candidates' accounts, applications (PAID, with serial number, region, site and exam photo) and
     * subjects, the shared photo, and subject B's second sitting; then refreshes the statistics. {@code siteIds} and
     * {@code regionOfSite} are indexed like {@link Layout#sites()}. {@code c} must be in auto-commit mode.
     *
     * @return the seconds it took
     */
    public static double generate(Connection c, Layout layout, long sessionId, long levelId, long[] siteIds,
                                  long[] regionOfSite, long[] subjects, java.time.Instant secondSitting, byte[] photo)
            throws SQLException {
        long started = System.nanoTime();
        int n = layout.candidates();
        String series = " from generate_series(1::bigint, " + n + "::bigint) g";
        String k = "(g / " + SITES + ")";
        String site = "(array[" + join(siteIds) + "]::bigint[])[1 + g % " + SITES + "]";
        String region = "(array[" + join(regionOfSite) + "]::bigint[])[1 + g % " + SITES + "]";
        try (Statement s = c.createStatement()) {
            s.execute("insert into account (id, role, id_type, id_number, full_name, sex, birth_date, phone, email,"
                    + " password_hash, created_at, version) select " + BASE + " + g, 'CANDIDATE', 'RESIDENT_ID',"
                    + " '500106199' || lpad(cast(g as varchar(9)), 9, '0'),"
                    + " (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10]"
                    + " || (array['伟','芳','娜','秀英','敏','静','强','磊','洋','艳','勇','𠮷'])[1 + (g / 10) % 12]"
                    + " || case when g % 3 = 0 then '' else (array['华','明','丽','军','平','红','玉'])[1 + g % 7] end,"
                    + " case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1980-01-01' + cast(g % 9000 as integer),"
                    + " '139' || lpad(cast(g as varchar(8)), 8, '0'), 's' || g || '@example.com', 'x', now(), 1" + series);
            try (PreparedStatement file = c.prepareStatement("insert into stored_file (id, owner_account_id, purpose,"
                    + " content_type, size_bytes, sha256, width, height, uploaded_at, content)"
                    + " values (?, ?, 'EXAM_PHOTO', 'image/jpeg', ?, ?, 295, 413, now(), ?)")) {
                file.setLong(1, BASE);
                file.setLong(2, BASE + 1);
                file.setLong(3, photo.length);
                file.setString(4, sha256(photo));
                file.setBytes(5, photo);
                file.executeUpdate();
            }
            s.execute("insert into application (id, account_id, session_id, status, region_id, site_id, level_id,"
                    + " serial_number, exam_photo_file_id, first_submitted_at, submitted_at, changed_at, version)"
                    + " select " + BASE + " + g, " + BASE + " + g, " + sessionId + ", 'PAID', " + region + ", " + site + ", "
                    + levelId + ", " + BASE + " + (g * " + SERIAL_STEP + ") % " + n + ", " + BASE + ", now(), now(), now(), 1"
                    + series);
            s.execute("insert into application_subject (id, application_id, subject_id, carried_over, passed_on)"
                    + " select " + BASE + " + 3 * g, " + BASE + " + g, " + subjects[0] + ", false, null" + series);
            s.execute("insert into application_subject (id, application_id, subject_id, carried_over, passed_on)"
                    + " select " + BASE + " + 3 * g + 1, " + BASE + " + g, " + subjects[1] + ", false, null" + series
                    + " where " + k + " % 5 in (0, 1)");
            s.execute("insert into application_subject (id, application_id, subject_id, carried_over, passed_on)"
                    + " select " + BASE + " + 3 * g + 2, " + BASE + " + g, " + subjects[2] + ", " + k + " % 1000 = 7,"
                    + " case when " + k + " % 1000 = 7 then date '2025-06-01' end" + series
                    + " where " + k + " % 10 = 3 or " + k + " % 1000 = 7");
            try (PreparedStatement sitting = c.prepareStatement("insert into subject_sitting (id, subject_id, sitting,"
                    + " starts_at, version) values (?, ?, 2, ?, 0)")) {
                sitting.setLong(1, BASE);
                sitting.setLong(2, subjects[1]);
                sitting.setObject(3, secondSitting.atOffset(java.time.ZoneOffset.UTC));
                sitting.executeUpdate();
            }
            for (String table : new String[] {"account", "stored_file", "application", "application_subject",
                    "subject_sitting", "room", "exam_site", "subject"}) {
                s.execute("analyze " + table);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static String join(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
