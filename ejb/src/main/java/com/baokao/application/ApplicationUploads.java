package com.baokao.application;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ProofRule;
import com.baokao.i18n.BaokaoException;
import com.baokao.upload.ImageInspector;
import com.baokao.upload.InspectedImage;
import com.baokao.upload.StoredFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The files a candidate adds to one application: a photo for this exam only (when the profile photo does not fit the
 * exam's rule) and proofs for online confirmation, each checked on its real bytes against the exam's own rule.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class ApplicationUploads {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** A photo for this exam only, when the profile photo does not fit the exam's rule. */
    public void uploadExamPhoto(long applicationId, long expectedVersion, byte[] bytes) {
        Application application = CandidateApplications.lockDraft(em, context, clock.instant(), applicationId, expectedVersion);
        InspectedImage image = ImageInspector.inspectPhoto(bytes, application.getSession().getPhotoRule(), "examPhoto");
        StoredFile file = new StoredFile(application.getAccountId(), "EXAM_PHOTO", image, bytes, clock.instant());
        em.persist(file);
        application.useExamPhoto(file, clock.instant());
        audit.record("application.photo", "Application", applicationId, image.width() + "x" + image.height());
    }

    /**
     * A proof for this application's online confirmation (it replaces the profile's proof of that kind here):
     * while the application is a draft, returned, or its confirmation failed.
     */
    public void uploadConfirmationProof(long applicationId, long expectedVersion, com.baokao.catalogue.ProofKind kind,
                                        byte[] bytes) {
        Application application = CandidateApplications.lock(em, context, applicationId, expectedVersion);
        Instant now = clock.instant();
        boolean open = switch (application.getStatus()) {
            case DRAFT -> application.getSession().calendar().registrationOpenAt(now);
            case RETURNED -> application.getSession().calendar().resubmissionAllowedAt(now);
            case CONFIRMATION_FAILED -> application.getSession().calendar().confirmationAllowedAt(now);
            default -> false;
        };
        if (!open) {
            throw new BaokaoException("application.locked", application.getStatus().name());
        }
        ProofRule rule = em.createQuery("select r from ProofRule r where r.session = :s and r.kind = :k", ProofRule.class)
                .setParameter("s", application.getSession()).setParameter("k", kind).getResultStream().findFirst()
                .orElseThrow(() -> BaokaoException.at("proof_" + kind, "application.proof.notAsked"));
        InspectedImage image = ImageInspector.inspectProof(bytes, rule.getMaxKb(), "proof_" + kind);
        StoredFile file = new StoredFile(application.getAccountId(), "CONFIRMATION_" + kind, image, bytes, now);
        em.persist(file);
        ApplicationProof existing = em.createQuery("select p from ApplicationProof p where p.application = :a and p.kind = :k",
                ApplicationProof.class).setParameter("a", application).setParameter("k", kind).getResultStream()
                .findFirst().orElse(null);
        if (existing == null) {
            em.persist(new ApplicationProof(application, kind, file));
        } else {
            existing.replace(file);
        }
        application.useExamPhoto(application.getExamPhoto(), now); // a new version: open pages reload
        audit.record("application.proof", "Application", applicationId, kind + " " + bytes.length + " bytes");
    }
}
