package com.baokao.decision;

/** The standard reasons a reviewer picks from (labels in the user messages as {@code review.reason.X}). */
public enum ReviewReason {
    PHOTO_NOT_COMPLIANT,
    PROOF_UNCLEAR,
    PROOF_MISSING,
    PROOF_MISMATCH,
    INFORMATION_INCORRECT,
    CONDITION_NOT_MET,
    OTHER
}
