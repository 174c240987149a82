package com.baokao.web.admin;

import com.baokao.catalogue.ConfirmationMode;

import java.io.Serializable;

/**
 * The region-rule card of admin/session.xhtml: how one region runs the session. Choosing a region loads the rule in
 * force there, with its version (a save names it: changed meanwhile otherwise); a region without a rule starts as
 * the simplest one (one-level review before the exam, online confirmation and payment).
 */
public class RegionRuleFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long regionId;
    private int reviewLevels = 1;
    private boolean reviewAfterExam;
    private ConfirmationMode confirmationMode = ConfirmationMode.ONLINE;
    private boolean onlinePayment = true;
    /** The version of the rule loaded, null for a region that has none yet. */
    private Long version;

    /** Shows the region's rule in force, or the defaults for a new one. */
    public void load(com.baokao.catalogue.CatalogueViews.RegionRuleView inForce) {
        if (inForce == null) {
            reviewLevels = 1;
            reviewAfterExam = false;
            confirmationMode = ConfirmationMode.ONLINE;
            onlinePayment = true;
            version = null;
        } else {
            reviewLevels = inForce.reviewLevels();
            reviewAfterExam = inForce.reviewAfterExam();
            confirmationMode = inForce.confirmationMode();
            onlinePayment = inForce.onlinePayment();
            version = inForce.version();
        }
    }

    public Long getVersion() {
        return version;
    }

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
