/**
 * The candidate's profile (seed 002): basic information, photo and proofs, check and submit, in that order. An
 * approved profile is reused for a year across exams. The platform's own photo and proof rules are checked here
 * at upload; each exam checks its own again when the candidate applies. The reviewers' side is in {@code review}.
 */
package com.baokao.profile;
