package com.baokao.application;

import com.baokao.audit.AuditTrail;
import com.baokao.platform.Caller;
import com.baokao.profile.CandidateProfile;
import com.baokao.staff.Reach;
import com.baokao.upload.StoredFile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/**
 * Serves a candidate's photo or proof: to its owner, to reviewers whose regions hold the candidate's profile,
 * or whose reach (region, exam site, review point) holds one of their submitted applications, and to administrators. Every opening by staff is written to the audit trail
 * (personal data). Anyone else gets nothing, exactly as if the file did not exist.
 */
@Stateless
@RolesAllowed({"CANDIDATE", "REVIEWER", "ADMIN"})
public class CandidateFiles {

    public record FileContent(String contentType, byte[] content, String sha256) {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    AuditTrail audit;

    public Optional<FileContent> open(long fileId) {
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file == null) {
            return Optional.empty();
        }
        long caller = Caller.accountId(context);
        boolean owner = file.getOwnerAccountId() == caller;
        if (!owner) {
            if (context.isCallerInRole("CANDIDATE") || !staffMaySee(caller, file.getOwnerAccountId())) {
                return Optional.empty();
            }
            audit.record("file.viewed", "StoredFile", fileId, file.getPurpose() + " of account " + file.getOwnerAccountId());
        }
        return Optional.of(new FileContent(file.getContentType(), file.getContent(), file.getSha256()));
    }

    private boolean staffMaySee(long staff, long candidate) {
        if (context.isCallerInRole("ADMIN")) {
            return true;
        }
        Reach reach = Reach.of(em, staff);
        if (reach.isEmpty()) {
            return false;
        }
        Set<Long> regions = reach.regions();
        boolean profileInScope = em.createNamedQuery(CandidateProfile.OF_ACCOUNT, CandidateProfile.class)
                .setParameter("account", candidate).getResultStream()
                .anyMatch(p -> p.getHomeRegion() != null && regions.contains(p.getHomeRegion().getId()));
        // an application in reach: its region (with sub-regions), exam site or review point is one of the scopes
        return profileInScope || reach.bind(em.createQuery("select count(a) from Application a where a.accountId = :c"
                        + " and " + reach.where("a") + " and a.status <> :draft", Long.class))
                .setParameter("c", candidate).setParameter("draft", ApplicationStatus.DRAFT).getSingleResult() > 0;
    }
}
