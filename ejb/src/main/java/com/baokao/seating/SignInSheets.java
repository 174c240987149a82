package com.baokao.seating;

import com.baokao.platform.OutOfReachException;
import com.baokao.account.IdDocument;
import com.baokao.document.SignInSheetData;
import com.baokao.document.SignInSheetPdf;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import com.baokao.staff.Reach;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The sign-in sheets (签到表) of exam rooms: one per room and sitting, listing its candidates by seat with photo,
 * name, masked ID number and ticket number, for the exam-day staff to check people in. Job
 * {@code admission-tickets} renders the sheets whose seats changed ({@link #due}, {@link #render}, {@link #store});
 * administrators, the batch operators who run the job (all of its output) and the reviewers of the site (or its
 * region) list and download them.
 */
@Stateless
public class SignInSheets {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    @Resource
    SessionContext context;

    /** One room at one sitting, with how many seats it has now. */
    public record SheetKey(long sessionId, long siteId, long roomId, Instant startsAt, int seatCount)
            implements Serializable {
    }

    /** A rendered sheet, to be stored. */
    public record Rendered(SheetKey key, byte[] pdf) {
    }

    /** A stored sheet as staff see it in the list. */
    public record SheetRow(long roomId, Instant startsAt, String siteName, String roomName, int seatCount,
                           Instant generatedAt) implements Serializable {
    }

    /** The (room, sitting)s of a site whose sheet is missing or lists fewer seats than the room has now. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<SheetKey> due(long sessionId, long siteId) {
        List<SheetKey> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select s.room_id, s.starts_at, count(*) from seat_assignment s"
                     + " left join sign_in_sheet h on h.session_id = s.session_id and h.room_id = s.room_id"
                     + " and h.starts_at = s.starts_at where s.session_id = ? and s.site_id = ?"
                     + " group by s.room_id, s.starts_at, h.seat_count"
                     + " having h.seat_count is null or count(*) <> h.seat_count order by s.starts_at, s.room_id")) {
            q.setLong(1, sessionId);
            q.setLong(2, siteId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keys.add(new SheetKey(sessionId, siteId, rs.getLong(1), SeatingSteps.instant(rs, 2), rs.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sign-in sheets due at site " + siteId, e);
        }
        return keys;
    }

    /** Renders one sheet from the stored seats (read-only). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Rendered render(SheetKey key) {
        try (Connection c = dataSource.getConnection()) {
            String[] header = header(c, key);
            List<SignInSheetData.Row> rows = new ArrayList<>();
            Set<String> subjects = new LinkedHashSet<>();
            Instant endsAt = key.startsAt();
            try (PreparedStatement q = c.prepareStatement("select s.seat_number, ac.full_name, ac.id_number,"
                    + " t.ticket_number, f.content, su.name, s.duration_minutes from seat_assignment s"
                    + " join application a on a.id = s.application_id join account ac on ac.id = a.account_id"
                    + " join subject su on su.id = s.subject_id"
                    + " left join admission_ticket t on t.application_id = s.application_id"
                    + " left join candidate_profile p on p.account_id = a.account_id"
                    + " left join stored_file f on f.id = coalesce(a.exam_photo_file_id, p.photo_file_id)"
                    + " where s.session_id = ? and s.room_id = ? and s.starts_at = ? order by s.seat_number")) {
                q.setLong(1, key.sessionId());
                q.setLong(2, key.roomId());
                q.setObject(3, key.startsAt().atOffset(ZoneOffset.UTC));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        subjects.add(rs.getString(6));
                        Instant ends = key.startsAt().plusSeconds(60L * rs.getInt(7));
                        endsAt = ends.isAfter(endsAt) ? ends : endsAt;
                        rows.add(new SignInSheetData.Row(rs.getInt(1), rs.getString(2),
                                IdDocument.mask(rs.getString(3)), rs.getString(4), rs.getBytes(5), rs.getString(6)));
                    }
                }
            }
            SignInSheetData data = new SignInSheetData(header[0], header[1], header[2], header[3], header[4],
                    new SignInSheetData.Sitting(String.join(" / ", subjects), key.startsAt(), endsAt), rows);
            return new Rendered(key, SignInSheetPdf.render(data));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot render the sign-in sheet of room " + key.roomId(), e);
        }
    }

    /** Stores rendered sheets, each replacing the one before it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(List<Rendered> sheets, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement(
                     "delete from sign_in_sheet where session_id = ? and room_id = ? and starts_at = ?");
             PreparedStatement insert = c.prepareStatement("insert into sign_in_sheet (session_id, room_id, starts_at,"
                     + " site_id, seat_count, pdf, generated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Rendered sheet : sheets) {
                SheetKey k = sheet.key();
                delete.setLong(1, k.sessionId());
                delete.setLong(2, k.roomId());
                delete.setObject(3, k.startsAt().atOffset(ZoneOffset.UTC));
                delete.executeUpdate();
                insert.setLong(1, k.sessionId());
                insert.setLong(2, k.roomId());
                insert.setObject(3, k.startsAt().atOffset(ZoneOffset.UTC));
                insert.setLong(4, k.siteId());
                insert.setInt(5, k.seatCount());
                insert.setBytes(6, sheet.pdf());
                insert.setObject(7, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + sheets.size() + " sign-in sheets", e);
        }
    }

    /** The session's sheets at the sites within the caller's reach, by site, time and room. */
    @RolesAllowed({"ADMIN", "OPERATOR", "REVIEWER"})
    public List<SheetRow> sheets(long sessionId) {
        Reach reach = reach();
        List<SheetRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select h.room_id, h.starts_at, si.name, r.name, h.seat_count,"
                     + " h.generated_at, si.id, si.region_id from sign_in_sheet h join room r on r.id = h.room_id"
                     + " join exam_site si on si.id = h.site_id where h.session_id = ?"
                     + " order by si.code, h.starts_at, r.id")) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (covers(reach, rs.getLong(7), rs.getLong(8))) {
                        rows.add(new SheetRow(rs.getLong(1), SeatingSteps.instant(rs, 2), rs.getString(3),
                                rs.getString(4), rs.getInt(5), SeatingSteps.instant(rs, 6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sign-in sheets of session " + sessionId, e);
        }
        return rows;
    }

    /** One stored sheet; a site outside the caller's reach looks like a missing sheet. */
    @RolesAllowed({"ADMIN", "OPERATOR", "REVIEWER"})
    public byte[] pdf(long sessionId, long roomId, Instant startsAt) {
        Reach reach = reach();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select h.pdf, si.id, si.region_id from sign_in_sheet h"
                     + " join exam_site si on si.id = h.site_id"
                     + " where h.session_id = ? and h.room_id = ? and h.starts_at = ?")) {
            q.setLong(1, sessionId);
            q.setLong(2, roomId);
            q.setObject(3, startsAt.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || !covers(reach, rs.getLong(2), rs.getLong(3))) {
                    throw new BaokaoException("sheet.notFound");
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sign-in sheet of room " + roomId, e);
        }
    }

    private static boolean covers(Reach reach, long siteId, long regionId) {
        return reach.all() || reach.sites().contains(siteId) || reach.regions().contains(regionId);
    }

    /** Administrators and the operators who run the job for every site see every sheet; reviewers their sites'. */
    private Reach reach() {
        if (context.isCallerInRole("ADMIN") || context.isCallerInRole("OPERATOR")) {
            return Reach.everything();
        }
        Reach reach = Reach.of(em, Caller.accountId(context));
        if (reach.isEmpty()) {
            throw new OutOfReachException("no site or region in reach");
        }
        return reach;
    }

    /** Session name and code, site name and address, room name. */
    private static String[] header(Connection c, SheetKey key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select se.name, se.code, si.name, si.address, r.name"
                + " from room r join exam_site si on si.id = r.site_id, exam_session se where r.id = ? and se.id = ?")) {
            q.setLong(1, key.roomId());
            q.setLong(2, key.sessionId());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no room " + key.roomId() + " or session " + key.sessionId());
                }
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
            }
        }
    }
}
