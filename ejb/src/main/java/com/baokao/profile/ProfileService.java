package com.baokao.profile;

import com.baokao.audit.AuditTrail;
import com.baokao.catalogue.ProofKind;
import com.baokao.catalogue.Region;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.StaleVersionException;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.Database;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The candidate's own profile, in seed 002's order: basic information, then photo and proofs, then check and
 * submit. Acts only for the signed-in candidate. Files are checked on their real bytes before anything is stored.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class ProfileService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    public ProfileView mine() {
        return find(Caller.accountId(context)).map(p -> ProfileViews.of(em, p, clock.instant()))
                .orElseGet(ProfileViews::empty);
    }

    public void saveBasicInfo(Long expectedVersion, BasicInfo info) {
        saveBasicInfo(Caller.accountId(context), expectedVersion, info);
    }

    /**
     * The walk-in desk (现场报名) fills in the profile with the candidate standing at it: the same rules and messages as
     * the candidate's own pages. The desk service has checked the operator may serve this candidate.
     */
    @RolesAllowed("REVIEWER")
    public ProfileView atDesk(long account) {
        return find(account).map(p -> ProfileViews.of(em, p, clock.instant())).orElseGet(ProfileViews::empty);
    }

    /** Step 1 at the walk-in desk, as {@link #saveBasicInfo(Long, BasicInfo)}. */
    @RolesAllowed("REVIEWER")
    public void saveBasicInfoAtDesk(long account, Long expectedVersion, BasicInfo info) {
        saveBasicInfo(account, expectedVersion, info);
    }

    /** Step 2 at the walk-in desk (a photo taken or scanned there), as {@link #uploadPhoto(long, byte[])}. */
    @RolesAllowed("REVIEWER")
    public void uploadPhotoAtDesk(long account, long expectedVersion, byte[] bytes) {
        uploadPhoto(find(account).orElseThrow(() -> new BaokaoException("profile.step.basicInfo")), expectedVersion, bytes);
    }

    private void saveBasicInfo(long account, Long expectedVersion, BasicInfo info) {
        BasicInfo clean = info.validated(LocalDate.now(clock));
        Region region = em.find(Region.class, clean.homeRegionId());
        if (region == null) {
            throw BaokaoException.at("homeRegion", "profile.homeRegion.required");
        }
        Optional<CandidateProfile> existing = find(account);
        CandidateProfile profile;
        if (existing.isEmpty()) {
            profile = new CandidateProfile(account);
            profile.saveBasicInfo(clean, region);
            Database.insertUnique(em, profile, () -> new StaleVersionException("profile.stale"));
        } else {
            profile = lockForEdit(existing.get().getId(), expectedVersion);
            profile.saveBasicInfo(clean, region);
        }
        audit.record("profile.basicInfo", "Profile", profile.getId(), "saved");
    }

    /** Step 2: the profile photo, checked against the platform's rule. Replaces an earlier one. */
    public void uploadPhoto(long expectedVersion, byte[] bytes) {
        uploadPhoto(requireProfile(), expectedVersion, bytes);
    }

    private void uploadPhoto(CandidateProfile own, long expectedVersion, byte[] bytes) {
        CandidateProfile profile = lockForEdit(own.getId(), expectedVersion);
        InspectedImage image = ImageInspector.inspectPhoto(bytes, ProfileRules.platformPhotoRule(), "photo");
        StoredFile file = new StoredFile(profile.getAccountId(), "PHOTO", image, bytes, clock.instant());
        em.persist(file);
        profile.changePhoto(file);
        audit.record("profile.photo", "Profile", profile.getId(), image.width() + "x" + image.height() + ", "
                + bytes.length + " bytes");
    }

    public void uploadProof(long expectedVersion, ProofKind kind, byte[] bytes) {
        CandidateProfile profile = lockForEdit(requireProfile().getId(), expectedVersion);
        InspectedImage image = ImageInspector.inspectProof(bytes, ProfileRules.PROOF_MAX_KB.get(kind), "proof_" + kind);
        StoredFile file = new StoredFile(profile.getAccountId(), kind.name(), image, bytes, clock.instant());
        em.persist(file);
        List<ProfileProof> existing = ProfileViews.proofs(em, profile);
        existing.stream().filter(p -> p.getKind() == kind).findFirst()
                .ifPresentOrElse(p -> p.replace(file), () -> em.persist(new ProfileProof(profile, kind, file)));
        audit.record("profile.proof", "Profile", profile.getId(), kind + ", " + bytes.length + " bytes");
    }

    /** Step 3: everything is there; the profile goes to the reviewers of its home region and turns read-only. */
    public void submit(long expectedVersion) {
        CandidateProfile profile = lockForEdit(requireProfile().getId(), expectedVersion);
        ProfileView view = ProfileViews.of(em, profile, clock.instant());
        if (!view.basicInfoSaved()) {
            throw new BaokaoException("profile.step.basicInfo");
        }
        if (view.photo() == null) {
            throw new BaokaoException("profile.photo.missing");
        }
        for (ProfileView.ProofSlot slot : view.proofs()) {
            if (slot.required() && slot.file() == null) {
                throw new BaokaoException("profile.proof.missing." + slot.kind().name());
            }
        }
        ProfileStatus before = profile.getStatus();
        profile.submitted(clock.instant());
        audit.record("profile.submitted", "Profile", profile.getId(), before + " -> " + ProfileStatus.SUBMITTED);
    }

    /** An approved profile is read-only; to change it the candidate reopens it, and it needs a new review. */
    public void reopen(long expectedVersion) {
        CandidateProfile profile = lock(requireProfile().getId(), expectedVersion);
        if (profile.getStatus() != ProfileStatus.APPROVED) {
            throw new BaokaoException("profile.not.reopenable");
        }
        profile.reopened();
        audit.record("profile.reopened", "Profile", profile.getId(), "APPROVED -> EDITING");
    }

    // ---- shared with the reviewers' side and the applications ----

    private Optional<CandidateProfile> find(long accountId) {
        return em.createNamedQuery(CandidateProfile.OF_ACCOUNT, CandidateProfile.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    private CandidateProfile requireProfile() {
        return find(Caller.accountId(context)).orElseThrow(() -> new BaokaoException("profile.step.basicInfo"));
    }

    /** Serialises changes to one profile; a page showing an older version is told to reload. */
    private CandidateProfile lock(long profileId, Long expectedVersion) {
        CandidateProfile profile = em.find(CandidateProfile.class, profileId, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion != null && profile.getVersion() != expectedVersion) {
            throw new StaleVersionException("profile.stale");
        }
        return profile;
    }

    private CandidateProfile lockForEdit(long profileId, Long expectedVersion) {
        CandidateProfile profile = lock(profileId, expectedVersion);
        if (!profile.getStatus().editable()) {
            throw new BaokaoException(profile.getStatus() == ProfileStatus.SUBMITTED ? "profile.locked.submitted"
                    : "profile.locked.approved");
        }
        return profile;
    }
}
