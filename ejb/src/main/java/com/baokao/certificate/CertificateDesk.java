package com.baokao.certificate;

import com.baokao.account.Account;
import com.baokao.account.IdDocument;
import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FreeText;
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

/**
 * Self pick-up at the desk: the administrator finds the certificate by its number, the ticket or the ID number, checks
 * the candidate's ID card, and records who handed it over and when. A certificate is picked up once; one already
 * posted is not.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CertificateDesk {

    static final int NOTE_MAX = 200;

    /** The certificate as the desk sees it. */
    public record DeskItem(long applicationId, String certificateNumber, String ticketNumber, String candidateName,
                           String maskedIdNumber, DeliveryMethod method, String trackingNumber, Instant pickedUpAt,
                           String pickedUpBy, String pickupNote) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    public DeskItem find(long sessionId, String key) {
        CertificateSessions.session(em, sessionId);
        return itemOf(CertificateRecords.typed(em, sessionId, key));
    }

    /** Records the hand-over; {@code idChecked} says the ID card was seen and matches (required). */
    public DeskItem recordPickup(long sessionId, String key, boolean idChecked, String note) {
        CertificateSessions.session(em, sessionId);
        IssuedCertificate c = CertificateRecords.typed(em, sessionId, key);
        if (!idChecked) {
            throw BaokaoException.at("idChecked", "certificate.pickup.idNotChecked");
        }
        String text = FreeText.field("note", note, NOTE_MAX, false);
        CertificateDelivery d = em.find(CertificateDelivery.class, c.getApplicationId(), LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            // no choice made: picking it up at the desk is the choice
            d = new CertificateDelivery(c.getApplicationId(), c.getSessionId(),
                    CertificateRecords.accountOf(em, c.getApplicationId()).getId());
            d.choose(DeliveryMethod.PICKUP, null, clock.instant());
            em.persist(d);
        }
        if (d.getPickedUpAt() != null) {
            throw new BaokaoException("certificate.pickup.done");
        }
        if (d.getShippedAt() != null) {
            throw new BaokaoException("certificate.pickup.posted");
        }
        Instant now = clock.instant();
        String by = Actors.name(em, context);
        d.pickedUp(now, by, text);
        em.flush();
        audit.record("certificate.pickedUp", "Application", c.getApplicationId(), "picked up at the desk, ID checked by "
                + by);
        return itemOf(c);
    }

    private DeskItem itemOf(IssuedCertificate c) {
        Account account = CertificateRecords.accountOf(em, c.getApplicationId());
        CertificateDelivery d = em.find(CertificateDelivery.class, c.getApplicationId());
        return new DeskItem(c.getApplicationId(), c.getCertificateNumber(),
                CertificateRecords.ticketOf(em, c.getApplicationId()), account.getFullName(),
                IdDocument.mask(account.getIdNumber()), d == null ? null : d.getMethod(),
                d == null ? null : d.getTrackingNumber(), d == null ? null : d.getPickedUpAt(),
                d == null ? null : d.getPickedUpBy(), d == null ? null : d.getPickupNote());
    }
}
