package com.baokao.decision;

import com.baokao.i18n.BaokaoException;
import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * A reviewer's hold on one queue item, so two reviewers never work on the same one. Taken under the item's row
 * lock, so of two reviewers claiming at once exactly one wins; it lapses after {@link #LENGTH} and is released
 * by a decision.
 */
@Embeddable
public class Claim {

    public static final Duration LENGTH = Duration.ofMinutes(15);

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    /** True while someone other than {@code reviewer} holds it. */
    public boolean heldByOther(long reviewer, Instant now) {
        return claimedBy != null && claimedBy != reviewer && claimedUntil != null && now.isBefore(claimedUntil);
    }

    /** Takes or renews the claim; refused while another reviewer holds it. */
    public void take(long reviewer, String otherName, Instant now) {
        if (heldByOther(reviewer, now)) {
            throw new BaokaoException("review.claimed.byOther", otherName);
        }
        claimedBy = reviewer;
        claimedUntil = now.plus(LENGTH);
    }

    public void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }
}
