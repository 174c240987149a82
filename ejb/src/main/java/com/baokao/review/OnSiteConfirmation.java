package com.baokao.review;

import com.baokao.account.Account;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationEvent;
import com.baokao.application.ApplicationMoves;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.FormCode;
import com.baokao.application.ReviewRoute;
import com.baokao.application.VerificationCode;
import com.baokao.catalogue.ConfirmationMode;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * On-site confirmation (现场确认) at a confirmation desk: the code printed on the candidate's registration form,
 * scanned or typed, confirms the application in the reviewer's reach.
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class OnSiteConfirmation {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    ApplicationMoves moves;

    @EJB
    ApplicationDocuments documents;

    /** What on-site confirmation did, for the confirmation desk's screen. */
    public record OnSiteResult(long applicationId, String candidate, String idNumber, String exam,
                               ApplicationStatus status) implements Serializable {
    }

    /**
     * On-site confirmation: the code printed on the candidate's form (scanned or typed). The current code
     * confirms; an earlier code of the same application means the printout is stale; anything else is unknown.
     */
    public OnSiteResult confirmOnSite(String typedCode) {
        String code = VerificationCode.normalise(typedCode);
        FormCode issued = code.isEmpty() ? null : em.find(FormCode.class, code);
        Application a = issued == null ? null : em.find(Application.class, issued.getApplicationId());
        if (a == null || !ReviewAccess.covers(ReviewAccess.reach(em, context), a)) {
            throw BaokaoException.at("code", "confirmation.code.unknown");
        }
        a = ReviewAccess.locked(em, context, a.getId());
        ReviewRoute route = moves.routeOf(a);
        if (route.confirmation() != ConfirmationMode.ON_SITE) {
            throw BaokaoException.at("code", "confirmation.code.onlineRegion");
        }
        if (a.getStatus() != ApplicationStatus.SUBMITTED) {
            throw BaokaoException.at("code", "confirmation.code.notWaiting",
                    com.baokao.i18n.UserMessages.format(Locale.SIMPLIFIED_CHINESE, "application.status." + a.getStatus()));
        }
        if (!documents.verificationCode(a).equals(code)) {
            throw BaokaoException.at("code", "confirmation.code.stale", when(issued.getIssuedAt()));
        }
        a.getClaim().take(Caller.accountId(context), ReviewAccess.nameOf(em, a.getClaim().getClaimedBy()), clock.instant());
        moves.move(a, ApplicationEvent.CONFIRM, List.of());
        a.getClaim().release();
        Account candidate = em.find(Account.class, a.getAccountId());
        return new OnSiteResult(a.getId(), candidate.getFullName(), candidate.getIdNumber(), a.getSession().getName(),
                a.getStatus());
    }

    private static String when(Instant instant) {
        return LocalDateTime.ofInstant(instant, BusinessTime.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
}
