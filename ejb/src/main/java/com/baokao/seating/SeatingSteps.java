package com.baokao.seating;

import com.baokao.application.SittingEligibility;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BulkInsert;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The steps of job {@code admission-tickets} for one exam session, each in its own transaction ({@code REQUIRES_NEW}:
 * on PostgreSQL the batch runtime's chunk transaction holds the job repository's connection, so the application's
 * database cannot join it) and each safe to repeat, because the data is the checkpoint:
 * <ol>
 * <li>{@link #issueTickets}: one set-based statement gives every eligible application without a ticket the next
 * ticket number of its region, in registration serial order. Numbers given are never changed.</li>
 * <li>{@link #plan} per exam site: {@link SeatPlan} over the site's eligible candidates, rooms, the session's
 * subjects with their sittings, and the seats given before (kept, never moved). It also replaces the site's list of
 * pairs that could not be seated. The seats to add come back grouped by candidate in serial order.</li>
 * <li>{@link #seat}: a chunk of those candidates' seats inserted at once. A crash after any chunk leaves the seats of
 * a prefix of the candidates; planning again from them gives the same remaining seats ({@link SeatPlan}'s restart
 * property), so a restarted or repeated run ends with the seats of an uninterrupted one.</li>
 * </ol>
 * Eligible to sit: {@link SittingEligibility}, the rule the ticket service reads too.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SeatingSteps {

    /** SQL condition on {@code application a}: the application may sit the exam ({@link SittingEligibility}). */
    public static final String ELIGIBLE = SittingEligibility.sql("a");

    /** The subjects an application sits: not carried over from an earlier pass, not cancelled. */
    private static final String SAT_SUBJECTS = "join application_subject aps on aps.application_id = a.id"
            + " and aps.carried_over = false join subject su on su.id = aps.subject_id and su.cancelled_at is null";

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    /** The session's code, checked to exist and not be cancelled (its candidates are not seated then). */
    public String sessionCode(long sessionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select code, cancelled_at from exam_session where id = ?")) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new BaokaoException("seating.session.unknown", sessionId);
                }
                if (rs.getObject(2) != null) {
                    throw new BaokaoException("seating.session.cancelled", rs.getString(1));
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read exam session " + sessionId, e);
        }
    }

    /**
     * Gives a ticket number to every eligible application of the session that has none: per region, the next
     * sequence numbers in registration serial order. Concurrent runs for one session are serialised on the
     * session's row, so a number is never given twice.
     *
     * @return how many tickets were issued now
     */
    public int issueTickets(long sessionId, Instant now) {
        String code = sessionCode(sessionId);
        try (Connection c = dataSource.getConnection()) {
            lockSession(c, sessionId);
            try (PreparedStatement insert = c.prepareStatement("insert into admission_ticket"
                    + " (application_id, session_id, region_id, sequence_no, ticket_number, issue_version, issued_at)"
                    + " select n.id, n.session_id, n.region_id, n.seq,"
                    + " ? || '-' || n.region_code || '-' || lpad(cast(n.seq as varchar(8)), 8, '0'), 1, ?"
                    + " from (select a.id, a.session_id, a.region_id, r.code as region_code,"
                    + " coalesce(g.max_seq, 0)"
                    + " + row_number() over (partition by a.region_id order by a.serial_number, a.id) as seq"
                    + " from application a join region r on r.id = a.region_id"
                    // the numbers given so far, per region, read once below the window's sort: a per-row subquery
                    // here would run while this statement inserts, and each run walks past every row inserted so
                    // far (invisible to it, but read): quadratic, 500 s for 100,000 tickets on PostgreSQL
                    + " left join (select t.region_id, max(t.sequence_no) as max_seq from admission_ticket t"
                    + " where t.session_id = ? group by t.region_id) g on g.region_id = a.region_id"
                    + " where a.session_id = ? and " + ELIGIBLE
                    + " and not exists (select 1 from admission_ticket t where t.application_id = a.id)) n")) {
                insert.setString(1, code);
                insert.setObject(2, now.atOffset(ZoneOffset.UTC));
                insert.setLong(3, sessionId);
                insert.setLong(4, sessionId);
                return insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot issue admission tickets of session " + sessionId, e);
        }
    }

    /**
     * The published, not cancelled sessions to seat at {@code now}: ticket printing opens within {@code lead} or is
     * open, and the exam has not been sat yet.
     */
    public List<Long> sessionsToSeat(Instant now, java.time.Duration lead) {
        List<Long> sessions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id from exam_session where published = true"
                     + " and cancelled_at is null and ticket_printing_opens_at <= ? and ticket_printing_closes_at > ?"
                     + " order by id")) {
            q.setObject(1, now.plus(lead).atOffset(ZoneOffset.UTC));
            q.setObject(2, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sessions.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sessions to seat", e);
        }
        return sessions;
    }

    /**
     * When the session's seating data was last written (a ticket issued, a seat, an unseated list, a sheet), or null:
     * a run that has written nothing for a while although its execution still says STARTED has lost its server.
     */
    public Instant lastWrite(long sessionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select max(t) from ("
                     + " select max(issued_at) as t from admission_ticket where session_id = ?"
                     + " union all select max(assigned_at) from seat_assignment where session_id = ?"
                     + " union all select max(listed_at) from unseated_candidate where session_id = ?"
                     + " union all select max(generated_at) from sign_in_sheet where session_id = ?) w")) {
            for (int i = 1; i <= 4; i++) {
                q.setLong(i, sessionId);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                return t == null ? null : t.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the last seating write of session " + sessionId, e);
        }
    }

    /** The exam sites eligible candidates of the session chose, by id: one partition of the job each. */
    public List<Long> sites(long sessionId) {
        List<Long> sites = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select distinct a.site_id from application a"
                     + " where a.session_id = ? and a.site_id is not null and " + ELIGIBLE + " order by a.site_id")) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sites.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sites of session " + sessionId, e);
        }
        return sites;
    }

    /**
     * Lists the eligible applications that have no exam site (no room can be found for them) for an administrator;
     * replaces the previous run's list.
     *
     * @return how many (application, subject) pairs are listed
     */
    public int listWithoutSite(long sessionId, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement(
                    "delete from unseated_candidate where session_id = ? and site_id is null")) {
                delete.setLong(1, sessionId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into unseated_candidate"
                    + " (application_id, subject_id, session_id, site_id, serial_number, reason, listed_at)"
                    + " select a.id, su.id, a.session_id, null, coalesce(a.serial_number, 0), 'NO_SITE', ?"
                    + " from application a " + SAT_SUBJECTS
                    + " where a.session_id = ? and a.site_id is null and " + ELIGIBLE)) {
                insert.setObject(1, now.atOffset(ZoneOffset.UTC));
                insert.setLong(2, sessionId);
                return insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the candidates without a site in session " + sessionId, e);
        }
    }

    /**
     * Plans one site: the seats to add, grouped by candidate in registration serial order, and the site's list of
     * pairs that cannot be seated (replaced in this transaction).
     */
    public List<CandidateSeats> plan(long sessionId, long siteId, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            List<SeatingCandidate> candidates = candidates(c, sessionId, siteId);
            List<SubjectSittings> subjects = subjects(c, sessionId);
            List<TimeSlot> sittings = subjects.stream().flatMap(su -> su.sittings().stream()).distinct().toList();
            SeatAssignment assignment = SeatPlan.assign(candidates, rooms(c, siteId), subjects,
                    existing(c, sessionId, siteId), heldByOtherSessions(c, sessionId, siteId, sittings));
            replaceUnseated(c, sessionId, siteId, assignment.unseated(), now);
            Map<Long, List<Seat>> byCandidate = new HashMap<>();
            for (Seat s : assignment.added()) {
                byCandidate.computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(s);
            }
            List<CandidateSeats> groups = new ArrayList<>(byCandidate.size());
            for (SeatingCandidate candidate : SeatPlan.inSerialOrder(candidates)) {
                List<Seat> seats = byCandidate.get(candidate.applicationId());
                if (seats != null) {
                    groups.add(new CandidateSeats(candidate.applicationId(), candidate.serialNumber(), seats));
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot plan the seats of site " + siteId + " in session " + sessionId, e);
        }
    }

    /**
     * Inserts the seats of a chunk of candidates at once (PostgreSQL: one array insert). Another session's run at the
     * same site may have taken some of these seats since the plan was made (both read the site's rooms at their
     * start, as the nightly runs of sessions sharing a site do): under the site's lock, a seat taken meanwhile at an
     * overlapping time fails the chunk with {@link SeatsTakenMeanwhile} and nothing of it is stored; the job retries
     * the chunk, which plans the site again around that session's seats.
     */
    public void seat(long sessionId, List<CandidateSeats> chunk, Instant now) {
        List<Seat> seats = new ArrayList<>();
        for (CandidateSeats group : chunk) {
            seats.addAll(group.seats());
        }
        if (seats.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            long siteId = seats.get(0).siteId();
            // NO KEY UPDATE on PostgreSQL: the lock need not hold up registrations whose foreign key names the site
            try (PreparedStatement lock = c.prepareStatement("select id from exam_site where id = ?"
                    + (Database.isPostgres(c) ? " for no key update" : " for update"))) {
                lock.setLong(1, siteId);
                lock.executeQuery().close();
            }
            List<Seat> others = heldByOtherSessions(c, sessionId, siteId, seats.stream().map(Seat::slot).distinct().toList());
            if (!others.isEmpty()) {
                Map<String, List<Seat>> byRoomSeat = new HashMap<>();
                for (Seat o : others) {
                    byRoomSeat.computeIfAbsent(o.roomId() + "/" + o.seatNumber(), k -> new ArrayList<>()).add(o);
                }
                for (Seat s : seats) {
                    for (Seat o : byRoomSeat.getOrDefault(s.roomId() + "/" + s.seatNumber(), List.of())) {
                        if (o.slot().overlaps(s.slot())) {
                            throw new SeatsTakenMeanwhile("seat " + s.seatNumber() + " of room " + s.roomId() + " at "
                                    + s.slot() + " was taken by application " + o.applicationId() + " of another exam"
                                    + " session while session " + sessionId + " was being seated; planning the site"
                                    + " again around the other session's seats");
                        }
                    }
                }
            }
            BulkInsert.<Seat>into("seat_assignment").bigint("application_id", Seat::applicationId)
                    .bigint("subject_id", Seat::subjectId).fixed("session_id", sessionId)
                    .bigint("site_id", Seat::siteId).bigint("room_id", Seat::roomId).int4("seat_number", Seat::seatNumber)
                    .int4("sitting", s -> s.sitting() + 1).timestamptz("starts_at", s -> s.slot().startsAt())
                    .int4("duration_minutes", s -> s.slot().durationMinutes()).fixed("assigned_at", now)
                    .insert(c, seats);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + seats.size() + " seats of session " + sessionId, e);
        }
    }

    private static void lockSession(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select id from exam_session where id = ? for update")) {
            lock.setLong(1, sessionId);
            lock.executeQuery().close();
        }
    }

    /**
     * The site's eligible candidates with the subjects they sit (those sitting none are left out). Two statements: the
     * site's applications (index on session and site), then their subjects by application id. As one join, PostgreSQL
     * hashed the whole application_subject table for every site: 0.7 s a site, 35 s a run, at a million candidates.
     */
    private static List<SeatingCandidate> candidates(Connection c, long sessionId, long siteId) throws SQLException {
        Map<Long, Long> serials = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("select a.id, coalesce(a.serial_number, 0) from application a"
                + " where a.session_id = ? and a.site_id = ? and " + ELIGIBLE)) {
            q.setLong(1, sessionId);
            q.setLong(2, siteId);
            q.setFetchSize(10_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    serials.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        Map<Long, List<Long>> subjects = new HashMap<>();
        if (!serials.isEmpty()) {
            try (PreparedStatement q = c.prepareStatement("select aps.application_id, su.id from application_subject aps"
                    + " join subject su on su.id = aps.subject_id and su.cancelled_at is null"
                    + " where aps.application_id = any(?) and aps.carried_over = false")) {
                q.setArray(1, c.createArrayOf("bigint", serials.keySet().toArray(new Long[0])));
                q.setFetchSize(10_000);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        subjects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getLong(2));
                    }
                }
            }
        }
        List<SeatingCandidate> candidates = new ArrayList<>(subjects.size());
        serials.forEach((application, serial) -> {
            List<Long> sat = subjects.get(application);
            if (sat != null) {
                candidates.add(new SeatingCandidate(application, serial, siteId, sat));
            }
        });
        return candidates;
    }

    private static List<SeatingRoom> rooms(Connection c, long siteId) throws SQLException {
        List<SeatingRoom> rooms = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "select id, capacity, computer_room from room where site_id = ? order by id")) {
            q.setLong(1, siteId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rooms.add(new SeatingRoom(rs.getLong(1), siteId, rs.getInt(2), rs.getBoolean(3)));
                }
            }
        }
        return rooms;
    }

    /** Every subject of the session that is not cancelled, with its main sitting and its later ones in order. */
    static List<SubjectSittings> subjects(Connection c, long sessionId) throws SQLException {
        Map<Long, List<TimeSlot>> sittings = new LinkedHashMap<>();
        Map<Long, Boolean> computer = new HashMap<>();
        Map<Long, Integer> durations = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select su.id, su.starts_at, su.duration_minutes, su.computer_based"
                + " from subject su join exam_level l on l.id = su.level_id"
                + " where l.session_id = ? and su.cancelled_at is null order by su.id")) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int minutes = rs.getInt(3);
                    durations.put(id, minutes);
                    computer.put(id, rs.getBoolean(4));
                    sittings.computeIfAbsent(id, k -> new ArrayList<>()).add(new TimeSlot(instant(rs, 2), minutes));
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("select ss.subject_id, ss.starts_at from subject_sitting ss"
                + " join subject su on su.id = ss.subject_id join exam_level l on l.id = su.level_id"
                + " where l.session_id = ? order by ss.subject_id, ss.sitting")) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    List<TimeSlot> list = sittings.get(rs.getLong(1));
                    if (list != null) {
                        list.add(new TimeSlot(instant(rs, 2), durations.get(rs.getLong(1))));
                    }
                }
            }
        }
        List<SubjectSittings> subjects = new ArrayList<>(sittings.size());
        sittings.forEach((id, slots) -> subjects.add(new SubjectSittings(id, computer.get(id), slots)));
        return subjects;
    }

    private static List<Seat> existing(Connection c, long sessionId, long siteId) throws SQLException {
        List<Seat> seats = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select application_id, subject_id, room_id, seat_number, sitting,"
                + " starts_at, duration_minutes from seat_assignment where session_id = ? and site_id = ?")) {
            q.setLong(1, sessionId);
            q.setLong(2, siteId);
            q.setFetchSize(10_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    seats.add(new Seat(rs.getLong(1), rs.getLong(2), siteId, rs.getLong(3), rs.getInt(4),
                            rs.getInt(5) - 1, new TimeSlot(instant(rs, 6), rs.getInt(7))));
                }
            }
        }
        return seats;
    }

    /**
     * The seats other exam sessions hold in the site's rooms at times that may overlap the given sittings (a week's
     * margin before the first start covers any sitting's length; {@link SeatPlan} checks the exact overlap).
     */
    private static List<Seat> heldByOtherSessions(Connection c, long sessionId, long siteId, List<TimeSlot> sittings)
            throws SQLException {
        if (sittings.isEmpty()) {
            return List.of();
        }
        Instant from = sittings.stream().map(TimeSlot::startsAt).min(Instant::compareTo).orElseThrow().minus(java.time.Duration.ofDays(7));
        Instant to = sittings.stream().map(TimeSlot::endsAt).max(Instant::compareTo).orElseThrow();
        List<Seat> seats = new ArrayList<>();
        // every stored seat counts, a cancelled session's too: its rows stay (and the table's key on room, start and
        // seat number spans sessions), so its seats are not given again
        try (PreparedStatement q = c.prepareStatement("select application_id, subject_id, room_id, seat_number, sitting,"
                + " starts_at, duration_minutes from seat_assignment"
                + " where room_id in (select id from room where site_id = ?) and session_id <> ?"
                + " and starts_at >= ? and starts_at < ?")) {
            q.setLong(1, siteId);
            q.setLong(2, sessionId);
            q.setObject(3, from.atOffset(ZoneOffset.UTC));
            q.setObject(4, to.atOffset(ZoneOffset.UTC));
            q.setFetchSize(10_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    TimeSlot slot = new TimeSlot(instant(rs, 6), rs.getInt(7));
                    if (sittings.stream().anyMatch(slot::overlaps)) {
                        seats.add(new Seat(rs.getLong(1), rs.getLong(2), siteId, rs.getLong(3), rs.getInt(4),
                                rs.getInt(5) - 1, slot));
                    }
                }
            }
        }
        return seats;
    }

    private static void replaceUnseated(Connection c, long sessionId, long siteId, List<Unseated> unseated, Instant now)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "delete from unseated_candidate where session_id = ? and site_id = ?")) {
            delete.setLong(1, sessionId);
            delete.setLong(2, siteId);
            delete.executeUpdate();
        }
        if (unseated.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into unseated_candidate"
                + " (application_id, subject_id, session_id, site_id, serial_number, reason, listed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Unseated u : unseated) {
                insert.setLong(1, u.applicationId());
                insert.setLong(2, u.subjectId());
                insert.setLong(3, sessionId);
                insert.setLong(4, siteId);
                insert.setLong(5, u.serialNumber());
                insert.setString(6, u.reason().name());
                insert.setObject(7, now.atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
