package com.baokao.certificate;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSession;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FreeText;
import com.baokao.i18n.StaleVersionException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A session's certificate settings, kept by the administrator: the number format, the pick-up opening hours shown with
 * the site's address, and closing (or reopening) the candidates' choice. A session without a row has the defaults.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CertificateSessions {

    static final int HOURS_MAX = 200;

    /** The settings as the page shows them, with the session's counts. */
    public record Settings(long sessionId, String sessionName, String numberPattern, String pickupHours,
                           boolean choiceOpen, Instant choiceClosedAt, long nextSerial, long version,
                           long chosenPost, long chosenPickup, long issued) implements Serializable {
    }

    /** A session listed on the page. */
    public record SessionItem(long id, String code, String name, boolean released) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** The sessions whose results are (or are to be) released, newest first. */
    public List<SessionItem> sessions() {
        Instant now = clock.instant();
        return em.createQuery("select s from ExamSession s order by s.id desc", ExamSession.class).setMaxResults(200)
                .getResultList().stream().map(s -> new SessionItem(s.getId(), s.getCode(), s.getName(),
                        s.resultsReleased(now))).toList();
    }

    public Settings settings(long sessionId) {
        ExamSession session = session(em, sessionId);
        CertificateSettings s = em.find(CertificateSettings.class, sessionId);
        if (s == null) {
            s = new CertificateSettings(sessionId);
        }
        return new Settings(sessionId, session.getName(), s.getNumberPattern(), s.getPickupHours(), s.choiceOpen(),
                s.getChoiceClosedAt(), s.getNextSerial(), s.getVersion(), count(sessionId, DeliveryMethod.POST),
                count(sessionId, DeliveryMethod.PICKUP), em.createQuery("select count(c) from IssuedCertificate c"
                        + " where c.sessionId = :s", Long.class).setParameter("s", sessionId).getSingleResult());
    }

    /** Changes the number format (only while no number has been issued) and the pick-up hours. */
    public void change(long sessionId, long expectedVersion, String numberPattern, String pickupHours) {
        boolean existed = em.find(CertificateSettings.class, sessionId) != null;
        CertificateSettings s = locked(sessionId);
        // a session without settings shows the defaults as version 0, whatever version the new row starts at
        if ((existed ? s.getVersion() : 0) != expectedVersion) {
            throw new StaleVersionException("certificate.settings.stale");
        }
        String pattern = CertificateNumberFormat.of(numberPattern).pattern();
        if (!pattern.equals(s.getNumberPattern()) && s.getNextSerial() > 1) {
            throw BaokaoException.at("numberPattern", "certificate.pattern.issued");
        }
        String hours = FreeText.field("pickupHours", pickupHours, HOURS_MAX, false);
        s.change(pattern, hours);
        audit.record("certificate.settings", "ExamSession", sessionId, "number format " + pattern + ", pick-up hours "
                + (hours == null ? "-" : hours));
    }

    /** Closes the candidates' choice of delivery ({@code closed} false: opens it again). */
    public void closeChoice(long sessionId, boolean closed) {
        CertificateSettings s = locked(sessionId);
        s.closeChoice(closed ? clock.instant() : null);
        audit.record(closed ? "certificate.choice.closed" : "certificate.choice.reopened", "ExamSession", sessionId,
                closed ? "certificate delivery choice closed" : "certificate delivery choice reopened");
    }

    /**
     * The session's settings row under its lock, created with the defaults first if it has none: for the certificate
     * services (issuing holds it while it numbers), not for pages.
     */
    public CertificateSettings locked(long sessionId) {
        session(em, sessionId);
        CertificateSettings s = em.find(CertificateSettings.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            try {
                context.getBusinessObject(CertificateSessions.class).create(sessionId);
            } catch (RuntimeException raced) {
                // another caller created the row at the same moment: theirs is the same default row
            }
            s = em.find(CertificateSettings.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        }
        return s;
    }

    /** Writes the default row in a transaction of its own; a concurrent writer that won is just as good. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long sessionId) {
        em.persist(new CertificateSettings(sessionId));
        em.flush();
    }

    private long count(long sessionId, DeliveryMethod method) {
        return em.createQuery("select count(d) from CertificateDelivery d where d.sessionId = :s and d.method = :m",
                Long.class).setParameter("s", sessionId).setParameter("m", method).getSingleResult();
    }

    static ExamSession session(EntityManager em, long sessionId) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null) {
            throw new BaokaoException("certificate.session.notFound");
        }
        return session;
    }
}
