package com.baokao.seating;

import com.baokao.account.IdDocument;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the last seat assignment of a session left for an administrator: the counts, and every (candidate, subject)
 * that could not be seated with the reason, so that nobody is dropped silently (add a room or a sitting, then run
 * job {@code admission-tickets} again: it seats them without moving anyone).
 */
@Stateless
@RolesAllowed("ADMIN")
public class SeatingOverview {

    /** At most this many unseated pairs are listed on the page; the count says how many there are. */
    public static final int LIST_LIMIT = 500;

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    public record UnseatedRow(long serialNumber, String candidateName, String maskedIdNumber, String siteName,
                              String subjectName, String reasonKey) implements Serializable {
    }

    /** A session seats are assigned for, as the pages offer it. */
    public record SessionChoice(long id, String code, String name, java.time.Instant ticketPrintingOpens,
                                java.time.Instant ticketPrintingCloses) implements Serializable {
    }

    /** Published, not cancelled sessions, newest first: those whose tickets are (or will be) printed. */
    @RolesAllowed({"ADMIN", "OPERATOR", "REVIEWER"})
    public List<SessionChoice> sessions() {
        List<SessionChoice> sessions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id, code, name, ticket_printing_opens_at,"
                     + " ticket_printing_closes_at from exam_session where published = true and cancelled_at is null"
                     + " order by ticket_printing_opens_at desc, id desc")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sessions.add(new SessionChoice(rs.getLong(1), rs.getString(2), rs.getString(3),
                            SeatingSteps.instant(rs, 4), SeatingSteps.instant(rs, 5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sessions", e);
        }
        return sessions;
    }

    /** Also the job's report, so open to the batch runtime's unauthenticated caller. */
    @PermitAll
    public SeatingCounts counts(long sessionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select (select count(*) from admission_ticket where session_id = ?),"
                     + " (select count(*) from seat_assignment where session_id = ?),"
                     + " (select count(*) from unseated_candidate where session_id = ?),"
                     + " (select count(*) from sign_in_sheet where session_id = ?)")) {
            for (int i = 1; i <= 4; i++) {
                q.setLong(i, sessionId);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new SeatingCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the seats of session " + sessionId, e);
        }
    }

    /** The first {@value #LIST_LIMIT} unseated pairs in serial order (the operator who ran the job reads them too). */
    @RolesAllowed({"ADMIN", "OPERATOR"})
    public List<UnseatedRow> unseated(long sessionId) {
        List<UnseatedRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select u.serial_number, ac.full_name, ac.id_number, si.name,"
                     + " su.name, u.reason from unseated_candidate u join application a on a.id = u.application_id"
                     + " join account ac on ac.id = a.account_id join subject su on su.id = u.subject_id"
                     + " left join exam_site si on si.id = u.site_id where u.session_id = ?"
                     + " order by u.serial_number, u.application_id, su.starts_at, su.id")) {
            q.setLong(1, sessionId);
            q.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new UnseatedRow(rs.getLong(1), rs.getString(2), IdDocument.mask(rs.getString(3)),
                            rs.getString(4), rs.getString(5), "seating.reason." + rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the unseated candidates of session " + sessionId, e);
        }
        return rows;
    }
}
