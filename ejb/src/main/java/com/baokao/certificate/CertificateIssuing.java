package com.baokao.certificate;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSession;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Issuing a session's certificate numbers: one per candidate who may receive a certificate, in application order,
 * from the session's counter. The counter row is locked for the whole run, so runs of the same session take turns;
 * the second finds the numbers already given and gives none again. The unique keys (one number per application, each
 * number and each serial once) stop anything that slipped past. Numbers are never taken back: a serial is used once.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CertificateIssuing {

    /** What a run did: numbers given now, numbers given before, candidates who may not receive a certificate. */
    public record Issued(int issuedNow, int alreadyIssued, int notEligible) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    CertificateSessions sessions;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    public Issued issue(long sessionId) {
        CertificateSettings settings = sessions.locked(sessionId);
        ExamSession session = CertificateSessions.session(em, sessionId);
        Instant now = clock.instant();
        if (!session.resultsReleased(now)) {
            throw new BaokaoException("certificate.issue.notReleased");
        }
        CertificateNumberFormat format = CertificateNumberFormat.of(settings.getNumberPattern());
        Set<Long> issued = new HashSet<>(em.createQuery("select c.applicationId from IssuedCertificate c"
                + " where c.sessionId = :s", Long.class).setParameter("s", sessionId).getResultList());
        int year = LocalDate.ofInstant(now, BusinessTime.ZONE).getYear();
        String by = Actors.name(em, context);
        int now0 = 0;
        int before = 0;
        int refused = 0;
        for (Map.Entry<Long, CertificateEligibility.Verdict> entry : SessionResults.verdicts(em, sessionId, now).entrySet()) {
            if (issued.contains(entry.getKey())) {
                before++;
            } else if (!entry.getValue().eligible()) {
                refused++;
            } else {
                long serial = settings.takeSerial();
                em.persist(new IssuedCertificate(entry.getKey(), sessionId, serial,
                        format.number(session.getCode(), year, serial), now, by));
                now0++;
            }
        }
        em.flush();
        audit.record("certificate.issue", "ExamSession", sessionId, now0 + " certificate numbers issued, " + before
                + " issued before, " + refused + " candidates not eligible");
        return new Issued(now0, before, refused);
    }
}
