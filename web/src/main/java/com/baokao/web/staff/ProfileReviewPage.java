package com.baokao.web.staff;

import com.baokao.i18n.BaokaoException;
import com.baokao.profile.ProfileReview;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * staff/profiles.xhtml: the profiles waiting in the reviewer's regions, oldest first, and the decision on one.
 * The review capability replaces the list with claimable, filtered queues.
 */
@Named
@ViewScoped
public class ProfileReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reviewForm";

    @EJB
    ProfileReview review;

    private List<ProfileReview.QueueRow> waiting;
    private ProfileReview.ReviewView selected;
    private String reasons;

    @PostConstruct
    void refresh() {
        waiting = review.waiting(200);
    }

    public void open(long profileId) {
        try {
            selected = review.open(profileId);
            reasons = null;
        } catch (EJBAccessException e) {
            selected = null;
            refresh();
            FacesMessages.error(null, "review.stale");
        }
    }

    public void approve() {
        decide(() -> review.approve(selected.profile().id(), selected.profile().version()), "review.approved");
    }

    public void returnForCorrection() {
        decide(() -> review.returnForCorrection(selected.profile().id(), selected.profile().version(), reasons),
                "review.returned");
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            selected = null;
            reasons = null;
            refresh();
            FacesMessages.info(doneKey);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public List<ProfileReview.QueueRow> getWaiting() {
        return waiting;
    }

    public ProfileReview.ReviewView getSelected() {
        return selected;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
