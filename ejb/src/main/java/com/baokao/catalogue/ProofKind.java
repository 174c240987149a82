package com.baokao.catalogue;

/** The proofs the seeds ask for. */
public enum ProofKind {
    ID_CARD_FRONT,
    EDUCATION,
    WORK,
    PRACTICE_CERTIFICATE,
    RESIDENCY_TRAINING
}
