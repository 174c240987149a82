package com.baokao.review;

import com.baokao.platform.Database;
import com.baokao.i18n.FreeText;
import com.baokao.platform.OutOfReachException;
import com.baokao.account.Account;
import com.baokao.audit.AuditTrail;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewDecision;
import com.baokao.decision.ReviewReason;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.StaleVersionException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.profile.CandidateProfile;
import com.baokao.profile.ProfileStatus;
import com.baokao.profile.ProfileView;
import com.baokao.profile.ProfileViews;
import com.baokao.staff.ReviewScopes;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The review decision on profiles: approve, or return with reasons. Only reviewers of the profile's home region
 * (or an administrator) may see or decide a profile; the check is here, not in the pages. Like applications, a
 * profile is claimed by the reviewer who opens it, and each decision is kept with its reasons.
 */
@Stateless
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ProfileReview {

    public record QueueRow(long profileId, String candidate, String idNumber, String homeRegion,
                           LocalDateTime submittedAt, String claimedBy) implements Serializable {
    }

    public record Candidate(long accountId, String fullName, String idType, String idNumber, String sex,
                            LocalDate birthDate, String phone, String email) implements Serializable {
    }

    /** {@code claimedByOther}: another reviewer holds the profile; it is shown read-only. */
    public record ReviewView(Candidate candidate, ProfileView profile, String claimedByOther) implements Serializable {
    }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    @EJB
    com.baokao.inbox.CandidateNotices notices;

    /** Submitted profiles in the caller's regions, oldest first; {@code text} finds a name or an ID number. */
    public List<QueueRow> waiting(String text, int first, int max) {
        var query = queueQuery("select p, a", text, " order by p.submittedAt, p.id", Object[].class);
        if (query == null) {
            return List.of();
        }
        long me = Caller.accountId(context);
        java.time.Instant now = clock.instant();
        return query.setFirstResult(first).setMaxResults(max).getResultList().stream().map(row -> {
            CandidateProfile p = (CandidateProfile) row[0];
            Account a = (Account) row[1];
            return new QueueRow(p.getId(), a.getFullName(), a.getIdNumber(), p.getHomeRegion().getName(),
                    LocalDateTime.ofInstant(p.getSubmittedAt(), BusinessTime.ZONE),
                    p.getClaim().heldByOther(me, now) ? nameOf(p.getClaim().getClaimedBy()) : null);
        }).toList();
    }

    public List<QueueRow> waiting(int max) {
        return waiting(null, 0, max);
    }

    public long count(String text) {
        var query = queueQuery("select count(p)", text, "", Long.class);
        return query == null ? 0 : query.getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> queueQuery(String select, String text, String order, Class<T> type) {
        String t = text == null ? "" : text.strip();
        String jpql = select + " from CandidateProfile p, Account a where a.id = p.accountId and p.status = :s"
                + (admin() ? "" : " and p.homeRegion.id in :regions")
                + (t.isEmpty() ? "" : " and (a.fullName like :text" + Database.LIKE_ESCAPE + " or a.idNumber = :exact)") + order;
        var query = em.createQuery(jpql, type).setParameter("s", ProfileStatus.SUBMITTED);
        if (!admin()) {
            Set<Long> regions = ReviewScopes.regionsOf(em, Caller.accountId(context));
            if (regions.isEmpty()) {
                return null;
            }
            query.setParameter("regions", regions);
        }
        if (!t.isEmpty()) {
            query.setParameter("text", Database.containing(t))
                    .setParameter("exact", t.toUpperCase(java.util.Locale.ROOT));
        }
        return query;
    }

    /** Opens a profile for review and claims it, unless another reviewer holds it (then it is read-only). */
    public ReviewView open(long profileId) {
        CandidateProfile profile = inScope(em.find(CandidateProfile.class, profileId, LockModeType.PESSIMISTIC_WRITE));
        em.refresh(profile);
        String other = null;
        if (profile.getClaim().heldByOther(Caller.accountId(context), clock.instant())) {
            other = nameOf(profile.getClaim().getClaimedBy());
        } else if (profile.getStatus() == ProfileStatus.SUBMITTED) {
            profile.getClaim().take(Caller.accountId(context), null, clock.instant());
            em.flush(); // the page gets the claimed version
        }
        Account a = em.find(Account.class, profile.getAccountId());
        Candidate candidate = new Candidate(a.getId(), a.getFullName(), a.getIdType().name(), a.getIdNumber(),
                a.getSex() == null ? null : a.getSex().name(), a.getBirthDate(), a.getPhone(), a.getEmail());
        return new ReviewView(candidate, ProfileViews.of(em, profile, clock.instant()), other);
    }

    public void approve(long profileId, long expectedVersion) {
        CandidateProfile profile = lockSubmitted(profileId, expectedVersion);
        profile.approved(Caller.accountId(context), clock.instant());
        decided(profile, "APPROVE", ProfileStatus.APPROVED, List.of());
        audit.record("profile.approved", "Profile", profileId, "SUBMITTED -> APPROVED");
    }

    public void returnForCorrection(long profileId, long expectedVersion, String reasons) {
        String text = FreeText.lines("reasons", reasons, 2000, false);
        if (text == null) {
            throw BaokaoException.at("reasons", "review.reasons.required");
        }
        CandidateProfile profile = lockSubmitted(profileId, expectedVersion);
        profile.returned(Caller.accountId(context), text, clock.instant());
        decided(profile, "RETURN", ProfileStatus.RETURNED,
                List.of(new ReasonEntry(com.baokao.decision.ReviewReason.OTHER, null, text.length() > 1000 ? text.substring(0, 1000) : text)));
        audit.record("profile.returned", "Profile", profileId, "SUBMITTED -> RETURNED: " + text);
    }

    private CandidateProfile lockSubmitted(long profileId, long expectedVersion) {
        CandidateProfile profile = inScope(em.find(CandidateProfile.class, profileId, LockModeType.PESSIMISTIC_WRITE));
        if (profile.getVersion() != expectedVersion || profile.getStatus() != ProfileStatus.SUBMITTED) {
            throw new StaleVersionException("review.stale");
        }
        profile.getClaim().take(Caller.accountId(context), nameOf(profile.getClaim().getClaimedBy()), clock.instant());
        return profile;
    }

    /** The decision on record (the same history as applications), the claim released, the candidate told. */
    private void decided(CandidateProfile profile, String outcome, ProfileStatus to, List<ReasonEntry> reasons) {
        long reviewer = Caller.accountId(context);
        em.persist(new ReviewDecision(ReviewDecision.PROFILE, profile.getId(), "PROFILE_REVIEW", outcome,
                ProfileStatus.SUBMITTED.name(), to.name(), reviewer, nameOf(reviewer), clock.instant(), reasons));
        profile.getClaim().release();
        notices.tell(profile.getAccountId(), "notice.profile." + to.name(), "/candidate/profile.xhtml", null, List.of("", ""));
    }

    private String nameOf(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? "" : account.displayName();
    }

    /** Out of scope looks the same as not found: a reviewer learns nothing about other regions. */
    private CandidateProfile inScope(CandidateProfile profile) {
        if (profile == null) {
            throw new OutOfReachException("no such profile in your scope");
        }
        if (!admin()) {
            Set<Long> regions = ReviewScopes.regionsOf(em, Caller.accountId(context));
            if (profile.getHomeRegion() == null || !regions.contains(profile.getHomeRegion().getId())) {
                throw new OutOfReachException("no such profile in your scope");
            }
        }
        return profile;
    }

    private boolean admin() {
        return context.isCallerInRole("ADMIN");
    }
}
