package com.baokao.web.admin;

import com.baokao.audit.AuditEntry;
import com.baokao.audit.AuditFilter;
import com.baokao.audit.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * admin/audit.xhtml: the audit trail, newest first: each action in the page's language (its code where no label
 * exists yet), the detail shortened in the table and in full on expanding the row, filtered by actor, action, object
 * and days (plus free text), and the filtered rows exported as XLSX.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Characters of the detail the table shows before the row is expanded. */
    static final int SHORT = 80;

    @EJB
    AuditTrail audit;

    private LazyDataModel<AuditEntry> events;
    private List<String> actions = List.of();
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        actions = audit.actions();
        events = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.count(filter(filterBy));
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return audit.recent(first, pageSize, filter(filterBy));
            }

            @Override
            public String getRowKey(AuditEntry event) {
                return String.valueOf(event.id());
            }

            @Override
            public AuditEntry getRowData(String rowKey) {
                return null;
            }
        };
    }

    private AuditFilter filter(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy == null ? null : filterBy.get("globalFilter");
        String text = global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
        return new AuditFilter(text, actor, action, subjectType, subjectId, from, to);
    }

    /** The action in the page's language; its code where no label says it yet. */
    public String actionLabel(String code) {
        if (code == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle labels = faces.getApplication().getResourceBundle(faces, "l");
        String key = "audit.action." + code;
        return labels != null && labels.containsKey(key) ? labels.getString(key) : code;
    }

    /** The detail as the table shows it: the first {@value #SHORT} characters, the rest on expanding the row. */
    public static String shortened(String summary) {
        if (summary == null || summary.length() <= SHORT) {
            return summary == null ? "" : summary;
        }
        return summary.substring(0, SHORT) + "…";
    }

    public boolean longer(String summary) {
        return summary != null && summary.length() > SHORT;
    }

    /** Clears every filter. */
    public void clear() {
        actor = null;
        action = null;
        subjectType = null;
        subjectId = null;
        from = null;
        to = null;
    }

    public LocalDateTime shanghai(AuditEntry event) {
        return LocalDateTime.ofInstant(event.occurredAt(), com.baokao.platform.BusinessTime.ZONE);
    }

    public LazyDataModel<AuditEntry> getEvents() {
        return events;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
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
}
