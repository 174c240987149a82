package com.baokao.application;

import com.baokao.catalogue.ProofKind;
import com.baokao.i18n.BaokaoException;
import com.baokao.profile.BasicInfo;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which proofs an application needs and whether the files it has complete them, from plain inputs: the session's
 * proof rules, the session's waiver of the work proof for medical majors (seed 002: not needed for medical majors
 * with a college degree, 大专, or above), the candidate's education facts and the sizes of the files uploaded.
 * Submit refuses on the first failing line, the reviewer's checklist shows every line, the candidate's page shows
 * what each proof needs: all three read these lines, so they cannot disagree.
 */
public final class ProofRequirements {

    /** A proof the session asks for. */
    public record Rule(ProofKind kind, int maxKb, boolean required) {
    }

    /** Whether this candidate has to show a proof. */
    public enum Need {
        REQUIRED,
        /** Required by the session, but not of this candidate (the medical waiver). */
        WAIVED,
        OPTIONAL
    }

    /** One proof's state; each has the checklist's sentence and whether it lets the application through. */
    public enum Verdict {
        PRESENT("review.check.proof.ok", true),
        TOO_LARGE("review.check.proof.tooLarge", false),
        MISSING("review.check.proof.missing", false),
        WAIVED("review.check.proof.waived", true),
        NOT_UPLOADED("review.check.proof.optional", true);

        private final String reviewKey;
        private final boolean passes;

        Verdict(String reviewKey, boolean passes) {
            this.reviewKey = reviewKey;
            this.passes = passes;
        }

        /** The reviewer's checklist line; arguments: the proof's name, its limit in KB. */
        public String reviewKey() {
            return reviewKey;
        }

        public boolean passes() {
            return passes;
        }
    }

    /** One proof of one application: the session's limit, what it needs of this candidate, and how it stands. */
    public record Line(ProofKind kind, int maxKb, Need need, Verdict verdict) implements Serializable {

        public boolean passes() {
            return verdict.passes();
        }

        public String reviewKey() {
            return verdict.reviewKey();
        }

        /** What submit says about this line; empty when it does not stop the submission. */
        public Optional<BaokaoException> refusal() {
            return switch (verdict) {
                case MISSING -> Optional.of(new BaokaoException("application.proof.missing." + kind.name()));
                case TOO_LARGE -> Optional.of(new BaokaoException("application.proof.tooLarge." + kind.name(),
                        String.valueOf(maxKb)));
                case PRESENT, WAIVED, NOT_UPLOADED -> Optional.empty();
            };
        }
    }

    private ProofRequirements() {
    }

    /**
     * What {@code rule} needs of this candidate.
     *
     * @param workProofWaivedForMedical the session's setting: medical majors with a college degree or above need
     *                                  no work proof
     * @param candidate                 the candidate's basic info; null when there is none yet
     */
    public static Need need(Rule rule, boolean workProofWaivedForMedical, BasicInfo candidate) {
        if (!rule.required()) {
            return Need.OPTIONAL;
        }
        // the waiver is the session's choice; whether the candidate qualifies is a fact of the profile
        boolean waived = rule.kind() == ProofKind.WORK && workProofWaivedForMedical && candidate != null
                && candidate.workProofWaived();
        return waived ? Need.WAIVED : Need.REQUIRED;
    }

    /** How a proof stands: any file is checked against the limit; a missing one only fails where it is required. */
    public static Verdict verdict(Need need, int maxKb, Long sizeBytes) {
        if (sizeBytes != null) {
            return sizeBytes <= maxKb * 1024L ? Verdict.PRESENT : Verdict.TOO_LARGE;
        }
        return switch (need) {
            case REQUIRED -> Verdict.MISSING;
            case WAIVED -> Verdict.WAIVED;
            case OPTIONAL -> Verdict.NOT_UPLOADED;
        };
    }

    /**
     * The lines of an application, in the order of {@code rules}.
     *
     * @param uploadedBytes the size of the file that answers each kind (the application's own, else the profile's)
     */
    public static List<Line> check(List<Rule> rules, boolean workProofWaivedForMedical, BasicInfo candidate,
                                   Map<ProofKind, Long> uploadedBytes) {
        return rules.stream().map(rule -> {
            Need need = need(rule, workProofWaivedForMedical, candidate);
            return new Line(rule.kind(), rule.maxKb(), need, verdict(need, rule.maxKb(), uploadedBytes.get(rule.kind())));
        }).toList();
    }

    /** Submit's answer: the refusal of the first failing line, if any. */
    public static Optional<BaokaoException> refusal(List<Line> lines) {
        return lines.stream().map(Line::refusal).flatMap(Optional::stream).findFirst();
    }

    public static boolean complete(List<Line> lines) {
        return lines.stream().allMatch(Line::passes);
    }
}
