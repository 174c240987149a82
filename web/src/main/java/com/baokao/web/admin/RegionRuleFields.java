package com.baokao.web.admin;

import com.baokao.catalogue.ConfirmationMode;

import java.io.Serializable;

/**
 * The region-rule card of admin/session.xhtml: how one region runs the session. Starts as the simplest rule
 * (one-level review before the exam, online confirmation and payment).
 */
public class RegionRuleFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long regionId;
    private int reviewLevels = 1;
    private boolean reviewAfterExam;
    private ConfirmationMode confirmationMode = ConfirmationMode.ONLINE;
    private boolean onlinePayment = true;

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public int getReviewLevels() {
        return reviewLevels;
    }

    public void setReviewLevels(int reviewLevels) {
        this.reviewLevels = reviewLevels;
    }

    public boolean isReviewAfterExam() {
        return reviewAfterExam;
    }

    public void setReviewAfterExam(boolean reviewAfterExam) {
        this.reviewAfterExam = reviewAfterExam;
    }

    public ConfirmationMode getConfirmationMode() {
        return confirmationMode;
    }

    public void setConfirmationMode(ConfirmationMode confirmationMode) {
        this.confirmationMode = confirmationMode;
    }

    public boolean isOnlinePayment() {
        return onlinePayment;
    }

    public void setOnlinePayment(boolean onlinePayment) {
        this.onlinePayment = onlinePayment;
    }
}
