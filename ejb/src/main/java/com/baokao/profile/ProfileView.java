package com.baokao.profile;

import com.baokao.catalogue.ProofKind;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** What the candidate's profile pages show: plain values, never the entity. */
public record ProfileView(Long id, long version, ProfileStatus status, BasicInfo basicInfo, String homeRegion,
                          boolean basicInfoSaved, FileRef photo, List<ProofSlot> proofs, LocalDateTime submittedAt,
                          LocalDateTime approvedUntil, boolean approvedNow, String returnReasons) implements Serializable {

    /** A stored file as pages refer to it: by id through the access-checked file URL. */
    public record FileRef(long id, long sizeBytes, Integer width, Integer height) implements Serializable {

        public String size() {
            return String.format("%.1f KB", sizeBytes / 1024.0);
        }
    }

    /** One proof kind: its limit, whether it is required for this candidate, and the file if uploaded. */
    public record ProofSlot(ProofKind kind, int maxKb, boolean required, FileRef file) implements Serializable {
    }

    public boolean editable() {
        return status.editable();
    }

    /** Step 2 done: the photo and every required proof are there. */
    public boolean filesComplete() {
        return photo != null && proofs.stream().noneMatch(p -> p.required() && p.file() == null);
    }

    public boolean submittable() {
        return editable() && basicInfoSaved && filesComplete();
    }
}
