package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** How one region runs one exam session: review levels and timing, confirmation mode, online payment. */
@Entity
@Table(name = "region_rule")
public class RegionRule extends CatalogueEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private ExamSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(name = "review_levels")
    private int reviewLevels;

    @Column(name = "review_after_exam")
    private boolean reviewAfterExam;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmation_mode", nullable = false)
    private ConfirmationMode confirmationMode;

    @Column(name = "online_payment")
    private boolean onlinePayment;

    protected RegionRule() {
    }

    RegionRule(ExamSession session, Region region) {
        this.session = session;
        this.region = region;
    }

    public ExamSession getSession() {
        return session;
    }

    public Region getRegion() {
        return region;
    }

    public int getReviewLevels() {
        return reviewLevels;
    }

    public boolean isReviewAfterExam() {
        return reviewAfterExam;
    }

    public ConfirmationMode getConfirmationMode() {
        return confirmationMode;
    }

    public boolean isOnlinePayment() {
        return onlinePayment;
    }

    public void setReviewLevels(int reviewLevels) {
        this.reviewLevels = reviewLevels;
    }

    public void setReviewAfterExam(boolean reviewAfterExam) {
        this.reviewAfterExam = reviewAfterExam;
    }

    public void setConfirmationMode(ConfirmationMode confirmationMode) {
        this.confirmationMode = confirmationMode;
    }

    public void setOnlinePayment(boolean onlinePayment) {
        this.onlinePayment = onlinePayment;
    }
}
