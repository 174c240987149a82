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
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link ProfileView} of a profile; shared by the candidate's, the reviewers' and the application's services. */
public final class ProfileViews {

    private ProfileViews() {
    }

    public static ProfileView of(EntityManager em, CandidateProfile p, Instant now) {
        BasicInfo info = p.basicInfo();
        Map<ProofKind, ProfileProof> byKind = proofs(em, p).stream()
                .collect(Collectors.toMap(ProfileProof::getKind, Function.identity()));
        List<ProfileView.ProofSlot> slots = new ArrayList<>();
        for (Map.Entry<ProofKind, Integer> limit : ProfileRules.PROOF_MAX_KB.entrySet()) {
            ProfileProof proof = byKind.get(limit.getKey());
            slots.add(new ProfileView.ProofSlot(limit.getKey(), limit.getValue(),
                    ProfileRules.proofRequired(limit.getKey(), info), proof == null ? null : ref(proof.getFile())));
        }
        return new ProfileView(p.getId(), p.getVersion(), p.getStatus(), info,
                p.getHomeRegion() == null ? null : p.getHomeRegion().getName(), p.isBasicInfoSaved(),
                ref(p.getPhoto()), slots, local(p.getSubmittedAt()), local(p.getApprovedUntil()), p.approvedAt(now),
                p.getReturnReasons());
    }

    public static ProfileView.FileRef ref(StoredFile file) {
        return file == null ? null : new ProfileView.FileRef(file.getId(), file.getSizeBytes(), file.getWidth(), file.getHeight());
    }

    public static List<ProfileProof> proofs(EntityManager em, CandidateProfile profile) {
        return em.createQuery("select p from ProfileProof p join fetch p.file where p.profile = :p", ProfileProof.class)
                .setParameter("p", profile).getResultList();
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
