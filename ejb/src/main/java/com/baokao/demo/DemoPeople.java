package com.baokao.demo;

import com.baokao.application.ScoreRecord;
import com.baokao.staff.ScopeType;
import com.baokao.staff.StaffAdministration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo reviewer answers for Chongqing (so the demo candidate's profile reaches them), the site reviewer for
 * site CQ02 and its review point (the first of SE2026's two review levels), and the demo candidate took the safety-engineer exam two years ago: subject 1 passed (SE2026 shows it carried over),
 * subject 4 failed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DemoPeople {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    StaffAdministration staff;

    @Inject
    Clock clock;

    public void seed(String reviewerUsername, String siteReviewerUsername, String candidateIdNumber) {
        long reviewer = em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", reviewerUsername).getSingleResult();
        em.createQuery("select r.id from Region r where r.code = '50'", Long.class).getResultStream().findFirst()
                .ifPresent(chongqing -> staff.assignScope(reviewer, ScopeType.REGION, chongqing));
        // the first level of SE2026's two-level review in Chongqing: the site CQ02 only, as README says (a review
        // point scope as well would show this reviewer other sites' applications of that point)
        long siteReviewer = em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", siteReviewerUsername).getSingleResult();
        em.createQuery("select s.id from ExamSite s where s.code = 'CQ02'", Long.class).getResultStream().findFirst()
                .ifPresent(site -> staff.assignScope(siteReviewer, ScopeType.SITE, site));
        long candidate = em.createQuery("select a.id from Account a where a.idNumber = :id", Long.class)
                .setParameter("id", candidateIdNumber).getSingleResult();
        LocalDate twoYearsAgo = LocalDate.now(clock).minusYears(2);
        em.persist(new ScoreRecord(candidate, "注册安全工程师", "M", "1", "安全生产法律法规", twoYearsAgo,
                new BigDecimal("78.50"), true));
        em.persist(new ScoreRecord(candidate, "注册安全工程师", "M", "4", "安全生产专业实务（化工安全）", twoYearsAgo,
                new BigDecimal("52.00"), false));
    }

    /**
     * The walk-in desk (issue 20): the Chongqing review point takes walk-in registrations (现场报名) and the desk
     * operator serves its desk (a DESK scope on it; they review nothing); EC2026 is registered only at the desks.
     */
    public void seedDesk(String deskOperatorUsername) {
        long operator = em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", deskOperatorUsername).getSingleResult();
        em.createQuery("select p from ReviewPoint p where p.name = :n", com.baokao.catalogue.ReviewPoint.class)
                .setParameter("n", DESK_POINT).getResultStream().findFirst().ifPresent(point -> {
                    point.setTakesWalkIns(true);
                    staff.assignScope(operator, ScopeType.DESK, point.getId());
                });
        em.createQuery("select s from ExamSession s where s.code = :c", com.baokao.catalogue.ExamSession.class)
                .setParameter("c", DemoCatalogue.DESK_SESSION).getResultStream().findFirst()
                .ifPresent(s -> s.setRegistrationAtDeskOnly(true));
    }

    /** The review point whose desk takes walk-ins in the demo. */
    public static final String DESK_POINT = "重庆市职业技能鉴定指导中心";
}
