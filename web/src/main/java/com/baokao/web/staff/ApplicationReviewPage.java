package com.baokao.web.staff;

import com.baokao.application.ApplicationEvent;
import com.baokao.application.ApplicationStatus;
import com.baokao.decision.ReasonEntry;
import com.baokao.decision.ReviewReason;
import com.baokao.i18n.BaokaoException;
import com.baokao.review.ApplicationReview;
import com.baokao.review.ReviewQueue;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * staff/application.xhtml?id=N: one application under review, claimed on opening; the decision with standard
 * reasons, each optionally pointing at the field to fix, and "next" through the same queue.
 */
@Named
@ViewScoped
public class ApplicationReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "decisionForm";

    /** One editable reason row of the decision form. */
    public static final class ReasonRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ReviewReason reason;
        private String field;
        private String comment;

        public ReviewReason getReason() {
            return reason;
        }

        public void setReason(ReviewReason reason) {
            this.reason = reason;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @EJB
    ApplicationReview review;

    @EJB
    ReviewQueue queue;

    @EJB
    com.baokao.score.PostExamForms postExamForms;

    /** The qualification review form's current code and whether it was printed, during a post-exam review. */
    private com.baokao.score.PostExamForms.ReviewerView qualificationForm;

    private Long id;
    private Long sessionId;
    private Long levelId;
    private String status;
    private ApplicationReview.ReviewItem item;
    private final List<ReasonRow> reasons = new ArrayList<>();

    /** View action: opens (and claims) the item; out of reach or gone looks like not found. */
    public void load() throws IOException {
        if (item != null) {
            return;
        }
        try {
            item = id == null ? null : review.open(id);
        } catch (EJBAccessException e) {
            item = null;
        }
        if (item == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such application");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        reasons.clear();
        reasons.add(new ReasonRow());
        qualificationForm = item.postExamDue() ? postExamForms.forReviewer(item.id()) : null;
    }

    public com.baokao.score.PostExamForms.ReviewerView getQualificationForm() {
        return qualificationForm;
    }

    public void addReason() {
        reasons.add(new ReasonRow());
    }

    public void removeReason(ReasonRow row) {
        reasons.remove(row);
        if (reasons.isEmpty()) {
            reasons.add(new ReasonRow());
        }
    }

    public String confirm() {
        return decide(() -> review.confirm(item.id(), item.version()), "review.done.confirmed");
    }

    public String failConfirmation() {
        return decide(() -> review.failConfirmation(item.id(), item.version(), entries()), "review.done.confirmationFailed");
    }

    public String approve() {
        return decide(() -> review.approve(item.id(), item.version()), "review.approved");
    }

    public String returnForCorrection() {
        return decide(() -> review.returnForCorrection(item.id(), item.version(), entries()), "review.returned");
    }

    public String refuse() {
        return decide(() -> review.refuse(item.id(), item.version(), entries()), "review.done.refused");
    }

    public String passPostExam() {
        return decide(() -> review.decidePostExam(item.id(), item.version(), true, List.of()), "review.done.postExamPassed");
    }

    public String failPostExam() {
        return decide(() -> review.decidePostExam(item.id(), item.version(), false, entries()), "review.done.postExamFailed");
    }

    /** The next waiting item of the same queue (skipping this one and those others hold), or back to the queue. */
    public String next() {
        if (item != null) {
            review.release(item.id());
        }
        return nextOutcome(item == null ? -1 : item.id());
    }

    private String nextOutcome(long currentId) {
        ApplicationStatus s = status == null || status.isEmpty() || "POST_EXAM".equals(status) ? null : ApplicationStatus.valueOf(status);
        Long next = queue.next(new ReviewQueue.QueueFilter(sessionId, levelId, s, "POST_EXAM".equals(status), null,
                null, null), currentId);
        String filter = (sessionId == null ? "" : "&session=" + sessionId) + (levelId == null ? "" : "&level=" + levelId)
                + (status == null || status.isEmpty() ? "" : "&status=" + status);
        return next == null ? "/staff/applications?faces-redirect=true" + filter
                : "/staff/application?faces-redirect=true&id=" + next + filter;
    }

    private String decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            FacesMessages.infoAfterRedirect(doneKey);
            return nextOutcome(item.id());
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            return null;
        } catch (EJBAccessException e) {
            FacesMessages.error(null, "review.stale");
            return null;
        }
    }

    private List<ReasonEntry> entries() {
        return reasons.stream().filter(r -> r.reason != null)
                .map(r -> new ReasonEntry(r.reason, r.field, r.comment)).toList();
    }

    public boolean may(String event) {
        return item != null && item.claimedByOther() == null && item.allowed().contains(ApplicationEvent.valueOf(event));
    }

    public ReviewReason[] getReasonChoices() {
        return ReviewReason.values();
    }

    public List<String> getFieldChoices() {
        return List.of("photo", "examPhoto", "proof.ID_CARD_FRONT", "proof.EDUCATION", "proof.WORK", "basicInfo", "level",
                "specialty", "condition", "certificateNumber", "certificateDate", "residencyTrainingDate", "reviewPoint", "site");
    }

    public ApplicationReview.ReviewItem getItem() {
        return item;
    }

    public List<ReasonRow> getReasons() {
        return reasons;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getLevelId() {
        return levelId;
    }

    public void setLevelId(Long levelId) {
        this.levelId = levelId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
