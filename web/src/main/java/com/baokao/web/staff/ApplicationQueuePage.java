package com.baokao.web.staff;

import com.baokao.application.ApplicationStatus;
import com.baokao.review.ReviewQueue;
import com.baokao.review.ReviewQueue.QueueFilter;
import com.baokao.review.ReviewQueue.QueueRow;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * staff/applications.xhtml: what waits for this reviewer, oldest first, a page at a time from the database, with
 * filters and counts per status. The service decides what "mine" is; this bean only holds the filter.
 */
@Named
@ViewScoped
public class ApplicationQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReviewQueue review;

    private Long sessionId;
    private Long levelId;
    /** A status name, "POST_EXAM" for the post-exam queue, or empty for everything waiting. */
    private String status = "";
    private LocalDate from;
    private LocalDate to;
    private String text;
    private List<ReviewQueue.Option> sessions;
    private Map<ApplicationStatus, Long> counts;

    private final LazyDataModel<QueueRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, review.count(filter()));
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return review.queue(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(QueueRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void init() {
        sessions = review.sessions();
        counts = review.countsByStatus(null);
    }

    /** The filter as the service takes it; the review page's "next" key uses the same one. */
    public QueueFilter filter() {
        boolean postExam = "POST_EXAM".equals(status);
        ApplicationStatus s = status == null || status.isEmpty() || postExam ? null : ApplicationStatus.valueOf(status);
        return new QueueFilter(sessionId, levelId, s, postExam, from, to, text);
    }

    public void search() {
        counts = review.countsByStatus(sessionId);
    }

    public void showStatus(String newStatus) {
        status = newStatus;
    }

    public List<ReviewQueue.Option> getLevels() {
        return sessionId == null ? List.of() : review.levels(sessionId);
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CONFIRMED, ApplicationStatus.SITE_APPROVED,
                ApplicationStatus.CONFIRMATION_FAILED, ApplicationStatus.RETURNED, ApplicationStatus.REFUSED,
                ApplicationStatus.APPROVED, ApplicationStatus.ABANDONED);
    }

    /** The filter as URL parameters, so "next" on the review page walks the same queue. */
    public String getFilterQuery() {
        StringBuilder q = new StringBuilder();
        if (sessionId != null) {
            q.append("&session=").append(sessionId);
        }
        if (levelId != null) {
            q.append("&level=").append(levelId);
        }
        if (status != null && !status.isEmpty()) {
            q.append("&status=").append(status);
        }
        return q.toString();
    }

    public LazyDataModel<QueueRow> getRows() {
        return rows;
    }

    public List<ReviewQueue.Option> getSessions() {
        return sessions;
    }

    /** Items waiting for the review after the exam (kept under their own key by the service). */
    public Long getPostExamCount() {
        return counts.get(ApplicationStatus.SCORED);
    }

    public Map<ApplicationStatus, Long> getCounts() {
        return counts;
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
