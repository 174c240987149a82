package com.baokao.application;

import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.RegionRule;
import java.io.Serializable;

/** How one region runs the review of one exam: one or two levels, before or after the exam, confirmation mode. */
public record ReviewRoute(int reviewLevels, boolean reviewAfterExam, ConfirmationMode confirmation, boolean onlinePayment)
        implements Serializable {

    public ReviewRoute {
        if (reviewLevels != 1 && reviewLevels != 2) {
            throw new IllegalArgumentException("one or two review levels, not " + reviewLevels);
        }
    }

    public static ReviewRoute of(RegionRule rule) {
        return new ReviewRoute(rule.getReviewLevels(), rule.isReviewAfterExam(), rule.getConfirmationMode(),
                rule.isOnlinePayment());
    }
}
