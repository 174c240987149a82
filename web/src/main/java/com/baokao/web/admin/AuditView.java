package com.baokao.web.admin;

import com.baokao.audit.AuditEntry;
import com.baokao.audit.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** admin/audit.xhtml: the audit trail, newest first, searchable. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail audit;

    private LazyDataModel<AuditEntry> events;

    @PostConstruct
    void init() {
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

    private static String filter(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy.get("globalFilter");
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }

    public LocalDateTime shanghai(AuditEntry event) {
        return LocalDateTime.ofInstant(event.occurredAt(), com.baokao.platform.BusinessTime.ZONE);
    }

    public LazyDataModel<AuditEntry> getEvents() {
        return events;
    }
}
