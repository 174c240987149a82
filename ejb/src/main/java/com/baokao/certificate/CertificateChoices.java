package com.baokao.certificate;

import com.baokao.account.Account;
import com.baokao.application.Application;
import com.baokao.application.ApplicationStatus;
import com.baokao.application.OwnApplications;
import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ExamSite;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.StaleVersionException;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The candidate's side (seed 002 "证书领取方式"): every application that can lead to a certificate, with its choice of
 * self pick-up or postal delivery (cash on delivery), made at registration already or once passed; changeable until
 * the administrator closes the choice for the session, or the certificate has gone out. Once the scores are released,
 * only a candidate who may receive a certificate ({@link CertificateEligibility}) chooses.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class CertificateChoices {

    /** Applications on their way to the exam or past it. */
    static final Set<ApplicationStatus> CHOOSING = Set.of(ApplicationStatus.APPROVED, ApplicationStatus.PAID,
            ApplicationStatus.TICKETED, ApplicationStatus.SCORED, ApplicationStatus.CERTIFIED);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller's applications that can lead to a certificate, newest first. */
    public List<CertificateView> mine() {
        long account = Caller.accountId(context);
        return em.createQuery("select a from Application a where a.accountId = :account and a.status in :statuses"
                        + " order by a.id desc", Application.class).setParameter("account", account)
                .setParameter("statuses", CHOOSING).getResultList().stream().map(this::viewOf).toList();
    }

    /** One of the caller's applications; another candidate's is out of reach, as if it did not exist. */
    public CertificateView view(long applicationId) {
        return viewOf(OwnApplications.own(em, context, applicationId));
    }

    /**
     * Saves the choice; {@code expectedVersion} is the view's version (0 when nothing was chosen yet). Refused when
     * the choice is closed, the certificate has been posted or picked up, or the candidate may not receive one.
     */
    public CertificateView choose(long applicationId, long expectedVersion, DeliveryChoice choice) {
        Application application = OwnApplications.own(em, context, applicationId);
        if (choice == null || choice.method() == null) {
            throw BaokaoException.at("method", "certificate.method.required");
        }
        PostalAddress address = choice.method() != DeliveryMethod.POST ? null
                : PostalAddress.checked(choice.recipient(), choice.phone(), choice.province(), choice.city(),
                choice.district(), choice.detail(), choice.postcode());
        Instant now = clock.instant();
        long sessionId = application.getSession().getId();
        refuseUnlessChoosing(application, sessionId, now);
        CertificateDelivery delivery = em.find(CertificateDelivery.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            if (expectedVersion != 0) {
                throw new StaleVersionException("certificate.choice.stale");
            }
            delivery = new CertificateDelivery(applicationId, sessionId, application.getAccountId());
            delivery.choose(choice.method(), address, now);
            Database.insertUnique(em, delivery, () -> new StaleVersionException("certificate.choice.stale"));
        } else {
            if (delivery.getVersion() != expectedVersion) {
                throw new StaleVersionException("certificate.choice.stale");
            }
            if (delivery.getShippedAt() != null || delivery.getPickedUpAt() != null) {
                throw new BaokaoException("certificate.choice.done");
            }
            delivery.choose(choice.method(), address, now);
            em.flush();
        }
        audit.record("certificate.choice", "Application", applicationId, choice.method() == DeliveryMethod.POST
                ? "postal delivery to " + address.province() + address.city() + address.district() : "self pick-up");
        return viewOf(application);
    }

    private void refuseUnlessChoosing(Application application, long sessionId, Instant now) {
        if (!CHOOSING.contains(application.getStatus())) {
            throw new BaokaoException("certificate.choice.notYet");
        }
        CertificateSettings settings = em.find(CertificateSettings.class, sessionId);
        if (settings != null && !settings.choiceOpen()) {
            throw new BaokaoException("certificate.choice.closed");
        }
        if (application.getSession().resultsReleased(now)) {
            CertificateEligibility.Verdict verdict = SessionResults.verdict(em, sessionId, application.getId(), now);
            if (!verdict.eligible()) {
                throw new BaokaoException(verdict.messageKey());
            }
        }
    }

    private CertificateView viewOf(Application application) {
        Instant now = clock.instant();
        long sessionId = application.getSession().getId();
        boolean released = application.getSession().resultsReleased(now);
        CertificateEligibility.Verdict verdict = released
                ? SessionResults.verdict(em, sessionId, application.getId(), now)
                : CertificateEligibility.Verdict.NOT_RELEASED;
        CertificateSettings settings = em.find(CertificateSettings.class, sessionId);
        boolean open = settings == null || settings.choiceOpen();
        CertificateDelivery delivery = em.find(CertificateDelivery.class, application.getId());
        IssuedCertificate issued = em.find(IssuedCertificate.class, application.getId());
        boolean done = delivery != null && (delivery.getShippedAt() != null || delivery.getPickedUpAt() != null);
        boolean allowed = open && !done && CHOOSING.contains(application.getStatus()) && (!released || verdict.eligible());
        Account account = em.find(Account.class, application.getAccountId());
        ExamSite site = application.getSite();
        return new CertificateView(application.getId(), sessionId, application.getSession().getName(), verdict,
                verdict.messageKey(), allowed, open, delivery == null ? null : delivery.getMethod(),
                delivery == null ? null : delivery.address(), account.getFullName(), account.getPhone(),
                site == null ? null : site.getName(), site == null ? null : site.getAddress(),
                settings == null ? null : settings.getPickupHours(),
                issued == null ? null : issued.getCertificateNumber(),
                delivery == null ? null : delivery.getTrackingNumber(), delivery == null ? null : delivery.getShippedAt(),
                delivery == null ? null : delivery.getPickedUpAt(), delivery == null ? 0 : delivery.getVersion());
    }
}
