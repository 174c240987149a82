/**
 * The records a review leaves on what it decides about, shared by applications and profiles: a reviewer's
 * {@link com.baokao.decision.Claim} on an item, each {@link com.baokao.decision.ReviewDecision} with its
 * {@link com.baokao.decision.ReasonEntry reasons} from the standard list. They sit on a floor below both the
 * things reviewed ({@code application}, {@code profile}) and the reviewers' workflow ({@code review}), so neither
 * side needs the other to keep them.
 */
package com.baokao.decision;
