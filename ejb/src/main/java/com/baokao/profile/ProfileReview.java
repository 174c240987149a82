package com.baokao.profile;

import com.baokao.account.Account;
import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.staff.ReviewScopes;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The review decision on profiles: approve, or return with reasons. Only reviewers of the profile's home region
 * (or an administrator) may see or decide a profile; the check is here, not in the pages. The full queues
 * (claims, filters, statistics) come with the review capability.
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ProfileReview {

    public record QueueRow(long profileId, String candidate, String idNumber, String homeRegion,
                           LocalDateTime submittedAt) implements Serializable {
    }

    public record Candidate(long accountId, String fullName, String idType, String idNumber, String sex,
                            LocalDate birthDate, String phone, String email) implements Serializable {
    }

    public record ReviewView(Candidate candidate, ProfileView profile) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** Submitted profiles in the caller's regions, oldest first. */
    public List<QueueRow> waiting(int max) {
        String jpql = "select p, a from CandidateProfile p, Account a where a.id = p.accountId and p.status = :s"
                + (admin() ? "" : " and p.homeRegion.id in :regions") + " order by p.submittedAt, p.id";
        var query = em.createQuery(jpql, Object[].class).setParameter("s", ProfileStatus.SUBMITTED).setMaxResults(max);
        if (!admin()) {
            Set<Long> regions = ReviewScopes.regionsOf(em, Caller.accountId(context));
            if (regions.isEmpty()) {
                return List.of();
            }
            query.setParameter("regions", regions);
        }
        return query.getResultList().stream().map(row -> {
            CandidateProfile p = (CandidateProfile) row[0];
            Account a = (Account) row[1];
            return new QueueRow(p.getId(), a.getFullName(), a.getIdNumber(), p.getHomeRegion().getName(),
                    LocalDateTime.ofInstant(p.getSubmittedAt(), BusinessTime.ZONE));
        }).toList();
    }

    public ReviewView open(long profileId) {
        CandidateProfile profile = inScope(em.find(CandidateProfile.class, profileId));
        Account a = em.find(Account.class, profile.getAccountId());
        Candidate candidate = new Candidate(a.getId(), a.getFullName(), a.getIdType().name(), a.getIdNumber(),
                a.getSex() == null ? null : a.getSex().name(), a.getBirthDate(), a.getPhone(), a.getEmail());
        return new ReviewView(candidate, ProfileViews.of(em, profile, clock.instant()));
    }

    public void approve(long profileId, long expectedVersion) {
        CandidateProfile profile = lockSubmitted(profileId, expectedVersion);
        profile.approved(Caller.accountId(context), clock.instant());
        audit.record("profile.approved", "Profile", profileId, "SUBMITTED -> APPROVED");
    }

    public void returnForCorrection(long profileId, long expectedVersion, String reasons) {
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty()) {
            throw BaokaoException.at("reasons", "review.reasons.required");
        }
        if (text.length() > 2000) {
            throw BaokaoException.at("reasons", "profile.field.tooLong", "2000");
        }
        CandidateProfile profile = lockSubmitted(profileId, expectedVersion);
        profile.returned(Caller.accountId(context), text, clock.instant());
        audit.record("profile.returned", "Profile", profileId, "SUBMITTED -> RETURNED: " + text);
    }

    private CandidateProfile lockSubmitted(long profileId, long expectedVersion) {
        CandidateProfile profile = inScope(em.find(CandidateProfile.class, profileId, LockModeType.PESSIMISTIC_WRITE));
        if (profile.getVersion() != expectedVersion || profile.getStatus() != ProfileStatus.SUBMITTED) {
            throw new BaokaoException("review.stale");
        }
        return profile;
    }

    /** Out of scope looks the same as not found: a reviewer learns nothing about other regions. */
    private CandidateProfile inScope(CandidateProfile profile) {
        if (profile == null) {
            throw new EJBAccessException("no such profile in your scope");
        }
        if (!admin()) {
            Set<Long> regions = ReviewScopes.regionsOf(em, Caller.accountId(context));
            if (profile.getHomeRegion() == null || !regions.contains(profile.getHomeRegion().getId())) {
                throw new EJBAccessException("no such profile in your scope");
            }
        }
        return profile;
    }

    private boolean admin() {
        return context.isCallerInRole("ADMIN");
    }
}
