package com.baokao.seating;

import com.baokao.account.Account;
import com.baokao.account.IdDocument;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.OwnApplications;
import com.baokao.application.SittingEligibility;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.Window;
import com.baokao.document.AdmissionTicketData;
import com.baokao.document.AdmissionTicketPdf;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import com.baokao.platform.PlatformSecrets;
import com.baokao.upload.StoredFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Admission tickets (准考证) as candidates download them and exam staff verify them. Everything printed comes from
 * the stored assignment (ticket number, seats), the profile and the catalogue, never from the clock, so every reprint
 * is the same PDF; it is rendered on demand, no PDF is kept. The QR code carries a {@link TicketToken} signed with
 * the platform's {@value #KEY} key.
 */
@Stateless
public class AdmissionTickets {

    static final String KEY = "ticket-token";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    ApplicationDocuments documents;

    @EJB
    PlatformSecrets secrets;

    @Inject
    Clock clock;

    /** Whether one of the caller's applications has a ticket to download now, and if not, why (a sentence). */
    public record Availability(String ticketNumber, BaokaoException refusal) implements Serializable {

        public boolean available() {
            return refusal == null;
        }
    }

    /** One seat as the door shows it: subject, time (Shanghai), room and seat number. */
    public record SeatLine(String subjectName, String startsAt, String roomName, int seatNumber) implements Serializable {
    }

    /** How a ticket checked at the door compares with the stored one, and whose it is. */
    public record Check(TicketToken.Verdict verdict, String ticketNumber, String candidateName, String maskedIdNumber,
                        String sessionName, String siteName, List<SeatLine> sittings, byte[] photoJpeg)
            implements Serializable {

        public boolean genuine() {
            return verdict == TicketToken.Verdict.GENUINE;
        }
    }

    /**
     * Whether one of the caller's applications has a ticket to download now, and if not, why (a sentence); empty when
     * the application may not sit the exam ({@link SittingEligibility}): then there is no ticket to speak of.
     */
    @RolesAllowed("CANDIDATE")
    public Optional<Availability> availability(long applicationId) {
        Application a = own(applicationId);
        if (!maySit(a)) {
            return Optional.empty();
        }
        Optional<Object[]> ticket = ticketRow(a.getId());
        try {
            refuseUnlessDownloadable(a, ticket);
            return Optional.of(new Availability((String) ticket.get()[0], null));
        } catch (BaokaoException refusal) {
            return Optional.of(new Availability(ticket.map(t -> (String) t[0]).orElse(null), refusal));
        }
    }

    /** The ticket as PDF; refused with a sentence (and the window's dates) when it cannot be printed now. */
    @RolesAllowed("CANDIDATE")
    public byte[] pdf(long applicationId) {
        Application a = own(applicationId);
        Optional<Object[]> ticket = ticketRow(a.getId());
        refuseUnlessDownloadable(a, ticket);
        return AdmissionTicketPdf.render(data(a, ticket.get()));
    }

    /**
     * The same ticket printed at the walk-in desk for the candidate standing there (the desk service has checked the
     * application is its point's), with the same window rule as the candidate's download.
     */
    @RolesAllowed("REVIEWER")
    public byte[] pdfAtDesk(long applicationId) {
        Application a = em.find(Application.class, applicationId);
        if (a == null) {
            throw new com.baokao.platform.OutOfReachException("no such application");
        }
        Optional<Object[]> ticket = ticketRow(a.getId());
        refuseUnlessDownloadable(a, ticket);
        return AdmissionTicketPdf.render(data(a, ticket.get()));
    }

    /** Verifies a scanned QR token against the ticket as stored now; anything not signed by Baokao is FORGED. */
    @RolesAllowed({"REVIEWER", "ADMIN"})
    public Check verifyToken(String token) {
        byte[] key = secrets.key(KEY);
        Optional<TicketToken> read = TicketToken.read(token == null ? "" : token.strip(), key);
        if (read.isEmpty()) {
            return refused(TicketToken.Verdict.FORGED, null);
        }
        TicketToken scanned = read.get();
        Application a = em.find(Application.class, scanned.applicationId());
        Optional<Object[]> ticket = a == null ? Optional.empty() : ticketRow(a.getId());
        if (ticket.isEmpty()) {
            return refused(TicketToken.Verdict.OTHER_TICKET, scanned.ticketNumber().toString());
        }
        TicketToken.Verdict verdict = TicketToken.verify(token.strip(), key, current(a, ticket.get()));
        return verdict == TicketToken.Verdict.GENUINE ? check(verdict, a, ticket.get())
                : refused(verdict, scanned.ticketNumber().toString());
    }

    /** Verifies a ticket typed in: the ticket number and the ID number on the candidate's ID card must both match. */
    @RolesAllowed({"REVIEWER", "ADMIN"})
    public Check verifyNumber(String ticketNumber, String idNumber) {
        String number = ticketNumber == null ? "" : ticketNumber.strip().toUpperCase(Locale.ROOT);
        String id = idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
        if (TicketNumber.tryParse(number).isEmpty()) {
            throw BaokaoException.at("ticketNumber", "ticket.verify.number.malformed");
        }
        if (id.isEmpty()) {
            throw BaokaoException.at("idNumber", "ticket.verify.id.missing");
        }
        List<?> rows = em.createNativeQuery("select application_id from admission_ticket where ticket_number = ?")
                .setParameter(1, number).getResultList();
        Application a = rows.isEmpty() ? null : em.find(Application.class, ((Number) rows.get(0)).longValue());
        // a wrong ID number says as little as an unknown ticket number: no guessing whose ticket it is
        if (a == null || !em.find(Account.class, a.getAccountId()).getIdNumber().equalsIgnoreCase(id)) {
            return refused(TicketToken.Verdict.OTHER_TICKET, number);
        }
        return check(TicketToken.Verdict.GENUINE, a, ticketRow(a.getId()).orElseThrow());
    }

    private void refuseUnlessDownloadable(Application a, Optional<Object[]> ticket) {
        ExamSession session = a.getSession();
        if (session.isCancelled()) {
            throw new BaokaoException("ticket.session.cancelled");
        }
        if (ticket.isEmpty()) {
            throw new BaokaoException(maySit(a) ? "ticket.notIssued" : "ticket.notEligible",
                    when(session.calendar().ticketPrinting().opensAt()));
        }
        outsideWindow(session.calendar().ticketPrinting(), clock.instant()).ifPresent(refusal -> {
            throw refusal;
        });
        Number unseated = (Number) em.createNativeQuery("select count(*) from application_subject aps"
                        + " join subject su on su.id = aps.subject_id and su.cancelled_at is null"
                        + " where aps.application_id = ? and aps.carried_over = false and not exists (select 1 from"
                        + " seat_assignment s where s.application_id = aps.application_id and s.subject_id = aps.subject_id)")
                .setParameter(1, a.getId()).getSingleResult();
        if (unseated.longValue() > 0) {
            throw new BaokaoException("ticket.notSeated");
        }
    }

    /** The rule the seating job applies in SQL, so the page never promises a ticket the job will not issue. */
    private boolean maySit(Application a) {
        if (SittingEligibility.maySit(a.getStatus(), true)) {
            return true; // the fee was received: the region's payment does not matter, no need to read it
        }
        boolean feePaidOnline = em.createQuery("select r.onlinePayment from RegionRule r where r.session = :s"
                        + " and r.region = :r", Boolean.class).setParameter("s", a.getSession()).setParameter("r", a.getRegion())
                .getResultStream().findFirst().orElse(true);
        return SittingEligibility.maySit(a.getStatus(), feePaidOnline);
    }

    /** Outside the printing window: the sentence with the window's dates (Shanghai time). */
    static Optional<BaokaoException> outsideWindow(Window window, Instant now) {
        if (now.isBefore(window.opensAt())) {
            return Optional.of(new BaokaoException("ticket.window.notOpen", when(window.opensAt()), when(window.closesAt())));
        }
        if (!window.isOpenAt(now)) {
            return Optional.of(new BaokaoException("ticket.window.closed", when(window.opensAt()), when(window.closesAt())));
        }
        return Optional.empty();
    }

    AdmissionTicketData data(Application a, Object[] ticket) {
        Account account = em.find(Account.class, a.getAccountId());
        ExamSession session = a.getSession();
        StoredFile photo = documents.photoOf(a);
        List<AdmissionTicketData.Sitting> sittings = new ArrayList<>();
        for (Object[] row : seats(a.getId())) {
            Instant starts = Database.instant(row[1]);
            sittings.add(new AdmissionTicketData.Sitting((String) row[0], starts,
                    starts.plusSeconds(60L * ((Number) row[2]).intValue()), (String) row[3], ((Number) row[4]).intValue()));
        }
        return new AdmissionTicketData(account.getFullName(), account.getIdNumber(),
                photo == null ? null : photo.getContent(), session.getName(), session.getCode(), (String) ticket[0],
                ApplicationDocuments.serial(a), a.getSite().getName(), a.getSite().getAddress(), sittings,
                rules(session), current(a, ticket).sign(secrets.key(KEY)));
    }

    /** The exam-day rules of the session, one paragraph a line; the standard ones when the session has none. */
    static List<String> rules(ExamSession session) {
        String text = session.getExamDayRules();
        if (text == null || text.isBlank()) {
            text = UserMessages.format(UserMessages.DEFAULT_LOCALE, "ticket.rules.standard");
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Check check(TicketToken.Verdict verdict, Application a, Object[] ticket) {
        Account account = em.find(Account.class, a.getAccountId());
        StoredFile photo = documents.photoOf(a);
        List<SeatLine> sittings = new ArrayList<>();
        for (Object[] row : seats(a.getId())) {
            sittings.add(new SeatLine((String) row[0], when(Database.instant(row[1])), (String) row[3], ((Number) row[4]).intValue()));
        }
        return new Check(verdict, (String) ticket[0], account.getFullName(), IdDocument.mask(account.getIdNumber()),
                a.getSession().getName(), a.getSite() == null ? "" : a.getSite().getName(), sittings,
                photo == null ? null : photo.getContent());
    }

    private static Check refused(TicketToken.Verdict verdict, String ticketNumber) {
        return new Check(verdict, ticketNumber, null, null, null, null, List.of(), null);
    }

    private TicketToken current(Application a, Object[] ticket) {
        return new TicketToken(TicketNumber.parse((String) ticket[0]), a.getId(), a.getSession().getId(),
                ((Number) ticket[1]).intValue());
    }

    /** (ticket_number, issue_version) of the application's ticket. */
    private Optional<Object[]> ticketRow(long applicationId) {
        List<?> rows = em.createNativeQuery("select ticket_number, issue_version from admission_ticket"
                + " where application_id = ?").setParameter(1, applicationId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    /** (subject name, starts at, minutes, room name, seat number) of each seat, by time. */
    @SuppressWarnings("unchecked")
    private List<Object[]> seats(long applicationId) {
        return em.createNativeQuery("select su.name, s.starts_at, s.duration_minutes, r.name, s.seat_number"
                + " from seat_assignment s join subject su on su.id = s.subject_id join room r on r.id = s.room_id"
                + " where s.application_id = ? order by s.starts_at, su.id").setParameter(1, applicationId)
                .getResultList();
    }


    private static String when(Instant instant) {
        return DAY_TIME.format(instant.atZone(com.baokao.platform.BusinessTime.ZONE));
    }

    /** Another candidate's application looks exactly like a missing one ({@link OwnApplications}). */
    private Application own(long applicationId) {
        return OwnApplications.own(em, context, applicationId);
    }
}
