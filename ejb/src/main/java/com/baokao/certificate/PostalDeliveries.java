package com.baokao.certificate;

import com.baokao.account.Account;
import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSession;
import com.baokao.i18n.BaokaoException;
import com.baokao.inbox.CandidateNotices;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Posting certificates: the postal list of a session (every issued certificate whose candidate chose the post, with
 * the address) as the courier's XLSX, and the tracking numbers back, from the courier's file or one by one. The
 * candidate is told once per tracking number (inbox and e-mail) and sees "已寄出, 运单号 …".
 */
@Stateless
@RolesAllowed("ADMIN")
public class PostalDeliveries {

    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9]{6,40}");

    /** One line of the postal list. */
    public record PostalRow(long applicationId, String certificateNumber, String ticketNumber, String candidateName,
                            PostalAddress address, String trackingNumber, Instant shippedAt) implements Serializable {
    }

    /** What an import did. */
    public record TrackingImport(int recorded, int unchanged, List<TrackingFile.Skip> skips) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CandidateNotices notices;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    public List<PostalRow> postalList(long sessionId) {
        CertificateSessions.session(em, sessionId);
        List<PostalRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("select d, c, p.fullName from CertificateDelivery d, IssuedCertificate c,"
                        + " Account p where c.applicationId = d.applicationId and p.id = d.accountId and d.sessionId = :s"
                        + " and d.method = :post order by c.serial", Object[].class).setParameter("s", sessionId)
                .setParameter("post", DeliveryMethod.POST).getResultList()) {
            CertificateDelivery d = (CertificateDelivery) row[0];
            IssuedCertificate c = (IssuedCertificate) row[1];
            rows.add(new PostalRow(d.getApplicationId(), c.getCertificateNumber(),
                    CertificateRecords.ticketOf(em, d.getApplicationId()), (String) row[2], d.address(),
                    d.getTrackingNumber(), d.getShippedAt()));
        }
        return rows;
    }

    /** The postal list as the courier's XLSX. */
    public byte[] postalWorkbook(long sessionId) {
        byte[] workbook = PostalListWorkbook.write(postalList(sessionId));
        audit.record("certificate.postalList", "ExamSession", sessionId, "postal list exported");
        return workbook;
    }

    /** The tracking numbers of a courier's file (XLSX or CSV). */
    public TrackingImport importTracking(long sessionId, String fileName, byte[] content) {
        CertificateSessions.session(em, sessionId);
        TrackingFile.Read read = TrackingFile.read(fileName, content);
        List<TrackingFile.Skip> skips = new ArrayList<>(read.skips());
        int recorded = 0;
        int unchanged = 0;
        for (TrackingFile.Line line : read.lines()) {
            IssuedCertificate c = CertificateRecords.find(em, sessionId, line.kind(), line.key());
            String reason = c == null ? "certificate.tracking.nobody" : null;
            if (reason == null) {
                switch (ship(c, line.trackingNumber())) {
                    case RECORDED -> recorded++;
                    case UNCHANGED -> unchanged++;
                    case NOT_POSTAL -> reason = "certificate.tracking.notPostal";
                }
            }
            if (reason != null) {
                skips.add(new TrackingFile.Skip(line.lineNo(), reason, line.key() + "," + line.trackingNumber()));
            }
        }
        skips.sort(java.util.Comparator.comparingLong(TrackingFile.Skip::lineNo));
        audit.record("certificate.tracking.import", "ExamSession", sessionId, "tracking numbers from "
                + clip(fileName) + ": " + recorded + " recorded, " + unchanged + " unchanged, " + skips.size() + " skipped");
        return new TrackingImport(recorded, unchanged, skips);
    }

    /** One tracking number typed on the page, for the certificate named by number, ticket or ID number. */
    public PostalRow recordTracking(long sessionId, String key, String trackingNumber) {
        CertificateSessions.session(em, sessionId);
        String number = trackingNumber == null ? "" : trackingNumber.strip().replace(" ", "");
        if (!TRACKING.matcher(number).matches()) {
            throw BaokaoException.at("trackingNumber", "certificate.tracking.format");
        }
        IssuedCertificate c = CertificateRecords.typed(em, sessionId, key);
        if (ship(c, number) == Shipped.NOT_POSTAL) {
            throw BaokaoException.at("key", "certificate.tracking.notPostal");
        }
        return postalList(sessionId).stream().filter(r -> r.applicationId() == c.getApplicationId()).findFirst()
                .orElseThrow();
    }

    private enum Shipped { RECORDED, UNCHANGED, NOT_POSTAL }

    private Shipped ship(IssuedCertificate c, String trackingNumber) {
        CertificateDelivery d = em.find(CertificateDelivery.class, c.getApplicationId(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null || d.getMethod() != DeliveryMethod.POST || d.getPickedUpAt() != null) {
            return Shipped.NOT_POSTAL;
        }
        if (trackingNumber.equals(d.getTrackingNumber())) {
            return Shipped.UNCHANGED;
        }
        d.shipped(trackingNumber, clock.instant(), Actors.name(em, context));
        ExamSession session = em.find(ExamSession.class, d.getSessionId());
        notices.tell(d.getAccountId(), "notice.certificate.shipped", "/candidate/certificate.xhtml",
                "certificate-shipped:" + d.getApplicationId() + ":" + trackingNumber,
                List.of(session.getName(), trackingNumber));
        audit.record("certificate.shipped", "Application", d.getApplicationId(), "posted, tracking number "
                + trackingNumber);
        return Shipped.RECORDED;
    }

    private static String clip(String name) {
        String text = name == null ? "" : name;
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
