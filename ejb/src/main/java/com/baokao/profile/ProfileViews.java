package com.baokao.profile;

import com.baokao.catalogue.ProofKind;
import com.baokao.platform.BusinessTime;
import com.baokao.upload.StoredFile;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the {@link ProfileView} of a profile; shared by the candidate's, the reviewers' and the application's services. */
public final class ProfileViews {

    private ProfileViews() {
    }

    public static ProfileView of(EntityManager em, CandidateProfile p, Instant now) {
        BasicInfo info = p.basicInfo();
        Map<ProofKind, ProfileView.FileRef> byKind = proofFiles(em, p);
        List<ProfileView.ProofSlot> slots = new ArrayList<>();
        for (Map.Entry<ProofKind, Integer> limit : ProfileRules.PROOF_MAX_KB.entrySet()) {
            slots.add(new ProfileView.ProofSlot(limit.getKey(), limit.getValue(),
                    ProfileRules.proofRequired(limit.getKey(), info), byKind.get(limit.getKey())));
        }
        return new ProfileView(p.getId(), p.getVersion(), p.getStatus(), info,
                p.getHomeRegion() == null ? null : p.getHomeRegion().getName(), p.isBasicInfoSaved(),
                ref(p.getPhoto()), slots, local(p.getSubmittedAt()), local(p.getApprovedUntil()), p.approvedAt(now),
                p.getReturnReasons());
    }

    public static ProfileView.FileRef ref(StoredFile file) {
        return file == null ? null : new ProfileView.FileRef(file.getId(), file.getSizeBytes(), file.getWidth(), file.getHeight());
    }

    /** The profile's proofs, their files not read (a proof replaced on upload needs only its row). */
    public static List<ProfileProof> proofs(EntityManager em, CandidateProfile profile) {
        return em.createQuery("select p from ProfileProof p where p.profile = :p", ProfileProof.class)
                .setParameter("p", profile).getResultList();
    }

    /**
     * What a view shows of each proof's file, by kind, read in one query without the file's bytes: a join fetch of
     * the file would read its content too (EclipseLink fetches a lazy basic of a joined entity), a proof's hundreds of
     * kilobytes on every view of the profile or of an application.
     */
    public static Map<ProofKind, ProfileView.FileRef> proofFiles(EntityManager em, CandidateProfile profile) {
        Map<ProofKind, ProfileView.FileRef> files = new java.util.EnumMap<>(ProofKind.class);
        for (Object[] row : em.createQuery("select p.kind, f.id, f.sizeBytes, f.width, f.height from ProfileProof p"
                + " join p.file f where p.profile = :p", Object[].class).setParameter("p", profile).getResultList()) {
            files.put((ProofKind) row[0], fileRef(row));
        }
        return files;
    }

    /** A file reference from the columns id, size, width, height at positions 1–4 of a projection row. */
    public static ProfileView.FileRef fileRef(Object[] row) {
        return new ProfileView.FileRef(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (Integer) row[3],
                (Integer) row[4]);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
    }

    public static ProfileView empty() {
        List<ProfileView.ProofSlot> slots = new ArrayList<>();
        ProfileRules.PROOF_MAX_KB.forEach((kind, maxKb) ->
                slots.add(new ProfileView.ProofSlot(kind, maxKb, ProfileRules.proofRequired(kind, BasicInfo.empty()), null)));
        return new ProfileView(null, 0, ProfileStatus.EDITING, BasicInfo.empty(), null, false, null, slots, null, null,
                false, null);
    }

}
