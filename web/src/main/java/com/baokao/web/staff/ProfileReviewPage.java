package com.baokao.web.staff;

import com.baokao.i18n.BaokaoException;
import com.baokao.review.ProfileReview;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * staff/profiles.xhtml: the profiles waiting in the reviewer's regions, oldest first, a page at a time, found by
 * name or ID number; opening one claims it, and the decision on it.
 */
@Named
@ViewScoped
public class ProfileReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reviewForm";

    @EJB
    ProfileReview review;

    private String text;
    private ProfileReview.ReviewView selected;
    private String reasons;

    private final LazyDataModel<ProfileReview.QueueRow> waiting = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, review.count(text));
        }

        @Override
        public List<ProfileReview.QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                 Map<String, FilterMeta> filterBy) {
            return review.waiting(text, first, pageSize);
        }

        @Override
        public String getRowKey(ProfileReview.QueueRow row) {
            return String.valueOf(row.profileId());
        }
    };

    public void search() {
        selected = null;
    }

    public void open(long profileId) {
        try {
            selected = review.open(profileId);
            reasons = null;
        } catch (EJBAccessException e) {
            selected = null;
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
            FacesMessages.info(doneKey);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public boolean isDecidable() {
        return selected != null && selected.claimedByOther() == null;
    }

    public LazyDataModel<ProfileReview.QueueRow> getWaiting() {
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
