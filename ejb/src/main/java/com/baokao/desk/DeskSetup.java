package com.baokao.desk;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.ReviewPoint;
import com.baokao.i18n.BaokaoException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The administrator's switches for walk-in registration: which review points have a desk that takes walk-ins, and
 * which exam sessions take registration only at those desks (refused online with a sentence naming the points).
 */
@Stateless
@RolesAllowed("ADMIN")
public class DeskSetup {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    public void takeWalkIns(long reviewPointId, boolean takes) {
        ReviewPoint point = em.find(ReviewPoint.class, reviewPointId);
        if (point == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        point.setTakesWalkIns(takes);
        audit.record("desk.walkIns", "ReviewPoint", reviewPointId, point.getName() + (takes ? " takes" : " no longer takes")
                + " walk-in registrations");
    }

    public void registrationAtDeskOnly(long sessionId, boolean deskOnly) {
        ExamSession session = em.find(ExamSession.class, sessionId);
        if (session == null) {
            throw new BaokaoException("catalogue.not.found");
        }
        session.setRegistrationAtDeskOnly(deskOnly);
        audit.record("desk.only", "ExamSession", sessionId, session.getCode() + (deskOnly ? ": registration at the desks only"
                : ": registration online again"));
    }
}
