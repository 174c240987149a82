package com.baokao.application;

import com.baokao.catalogue.ConditionField;
import com.baokao.profile.ProfileView.FileRef;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * An application as the candidate's pages show it: plain values, never the entity. {@code requiredFields} are
 * those the session asks of everyone; the chosen condition's own come with the options.
 */
public record ApplicationView(long id, long version, long sessionId, String examCode, String examName,
                              ApplicationStatus status, String serialNumber, Choices choices, String region,
                              String reviewPoint, String site, String level, String specialty, String condition,
                              Set<ConditionField> requiredFields, CandidateType candidateType,
                              List<SubjectLine> subjects, FileRef photo, boolean examPhoto, PhotoCheck photoCheck,
                              PhotoRuleView photoRule, LocalDateTime registrationOpens, LocalDateTime registrationCloses,
                              boolean registrationOpen, List<Step> timeline, String verificationCode,
                              List<ReasonLine> reasons, LocalDateTime resubmitBy, boolean resubmissionOpen,
                              String confirmationMode, List<ProofLine> confirmationProofs, List<HistoryLine> history,
                              boolean payable, LocalDateTime paymentDeadline, boolean sessionCancelled)
        implements Serializable {

    /** A reviewer's reason for the latest return or failed confirmation, pointing at a field when it can. */
    public record ReasonLine(String reason, String field, String comment) implements Serializable {
    }

    /**
     * A proof the region asks for at confirmation: the file uploaded for this application, else the profile's, and
     * how it stands by {@link ProofRequirements} (what submit and the reviewer's checklist read).
     */
    public record ProofLine(ProofRequirements.Line check, FileRef file, boolean uploadedForThisApplication)
            implements Serializable {

        public com.baokao.catalogue.ProofKind kind() {
            return check.kind();
        }

        public int maxKb() {
            return check.maxKb();
        }

        /** This candidate must show it (a waived proof is not required). */
        public boolean required() {
            return check.need() == ProofRequirements.Need.REQUIRED;
        }

        /** Required by the session, but not of this candidate (medical majors with a college degree or above). */
        public boolean waived() {
            return check.need() == ProofRequirements.Need.WAIVED;
        }
    }

    /** One status change as the candidate's history shows it. */
    public record HistoryLine(LocalDateTime at, String action, String toStatus, String actor) implements Serializable {
    }

    /** The reasons aimed at one field (for the message next to it). */
    public List<ReasonLine> reasonsFor(String field) {
        return reasons.stream().filter(r -> field.equals(r.field())).toList();
    }

    /** Reasons that name no field of the page. */
    public List<ReasonLine> generalReasons() {
        return reasons.stream().filter(r -> r.field() == null).toList();
    }

    /** A subject and whether it is carried over from an earlier pass. */
    public record SubjectLine(String code, String name, LocalDateTime startsAt, int durationMinutes, long feeFen,
                              LocalDate passedOn, boolean cancelled) implements Serializable {

        public boolean carriedOver() {
            return passedOn != null;
        }

        /** The fee is charged for this subject: not carried over from an earlier pass, not cancelled. */
        public boolean charged() {
            return !carriedOver() && !cancelled;
        }
    }

    /**
     * Whether the photo fits this exam's rule; if not, every reason, in the order the rule is checked (format,
     * pixels, bytes, background).
     */
    public record PhotoCheck(boolean fits, List<Reason> reasons) implements Serializable {

        public static final PhotoCheck FITS = new PhotoCheck(true, List.of());

        /** A broken rule: its message key and arguments. */
        public record Reason(String messageKey, List<String> messageArgs) implements Serializable {
        }
    }

    public record PhotoRuleView(int width, int height, boolean exactSize, int minKb, int maxKb,
                                String backgrounds) implements Serializable {
    }

    /** A node of the status timeline (seed 003): done, current or still to do, with its deadline. */
    public record Step(String key, State state, LocalDateTime deadline) implements Serializable {

        public enum State { DONE, CURRENT, UPCOMING }
    }

    public boolean editable() {
        return status == ApplicationStatus.DRAFT && registrationOpen
                || status == ApplicationStatus.RETURNED && resubmissionOpen;
    }

    /** Online confirmation failed: the candidate may upload proofs again and resubmit before the deadline. */
    public boolean confirmationRetry() {
        return status == ApplicationStatus.CONFIRMATION_FAILED && resubmissionOpen;
    }

    /** Proofs can be replaced for this application (draft, returned, waiting for or failed online confirmation). */
    public boolean proofsReplaceable() {
        return "ONLINE".equals(confirmationMode) && (editable() || confirmationRetry()
                || status == ApplicationStatus.SUBMITTED && registrationOpen);
    }

    /** The registration form can be printed: submitted, and not back to a draft (see {@link ApplicationLifecycle#formValid}). */
    public boolean formAvailable() {
        return serialNumber != null && ApplicationLifecycle.formValid(status);
    }

    public boolean withdrawable() {
        return status == ApplicationStatus.SUBMITTED && registrationOpen;
    }

    public long totalFeeFen() {
        return subjects.stream().filter(SubjectLine::charged).mapToLong(SubjectLine::feeFen).sum();
    }

    /** The step the candidate is at, if any. */
    public Step current() {
        return timeline.stream().filter(s -> s.state() == Step.State.CURRENT).findFirst().orElse(null);
    }
}
