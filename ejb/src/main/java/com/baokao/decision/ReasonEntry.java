package com.baokao.decision;

import com.baokao.i18n.FreeText;
import com.baokao.i18n.BaokaoException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One reason of a decision: a standard reason, optionally the field the candidate must fix (shown next to that
 * field on the candidate's page), and free text.
 */
@Embeddable
public class ReasonEntry implements Serializable {

    /** Fields a reason can point at: the application's own, the exam photo and the proofs. */
    public static final Set<String> FIELDS = Set.of("reviewPoint", "site", "level", "specialty", "condition",
            "certificateNumber", "certificateDate", "residencyTrainingDate", "examPhoto", "photo",
            "proof.ID_CARD_FRONT", "proof.ID_CARD_BACK", "proof.EDUCATION", "proof.WORK", "proof.OTHER", "basicInfo");

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private ReviewReason reason;

    @Column(name = "field")
    private String field;

    @Column(name = "comment_text")
    private String comment;

    protected ReasonEntry() {
    }

    public ReasonEntry(ReviewReason reason, String field, String comment) {
        this.reason = reason;
        this.field = field == null || field.isBlank() ? null : field;
        String cleaned = FreeText.clean(comment, true);
        this.comment = cleaned.isEmpty() ? null : cleaned;
    }

    /** At least one reason; a known field if any; OTHER needs words; nothing overlong. */
    public static List<ReasonEntry> validated(List<ReasonEntry> reasons) {
        if (reasons == null || reasons.stream().filter(Objects::nonNull).findAny().isEmpty()) {
            throw BaokaoException.at("reasons", "review.reasons.required");
        }
        List<ReasonEntry> kept = reasons.stream().filter(Objects::nonNull).toList();
        if (kept.size() > 10) {
            throw BaokaoException.at("reasons", "review.reasons.tooMany", "10");
        }
        for (ReasonEntry entry : kept) {
            if (entry.reason == null) {
                throw BaokaoException.at("reasons", "review.reasons.required");
            }
            if (entry.field != null && !FIELDS.contains(entry.field)) {
                throw BaokaoException.at("reasons", "review.reasons.field.unknown");
            }
            if (entry.reason == ReviewReason.OTHER && entry.comment == null) {
                throw BaokaoException.at("reasons", "review.reasons.other.text");
            }
            FreeText.lines("reasons", entry.comment, 1000, false);
        }
        return kept;
    }

    public ReviewReason getReason() {
        return reason;
    }

    public String getField() {
        return field;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public String toString() {
        return reason + (field == null ? "" : "@" + field) + (comment == null ? "" : ": " + comment);
    }
}
