package com.baokao.web.admin;

import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews.SessionRow;
import com.baokao.catalogue.SessionCopier;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** admin/sessions.xhtml: every exam session in a lazy, sortable, filterable table; copy one for next term. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sessionsForm";

    @EJB
    CatalogueQueries queries;


    @EJB
    SessionCopier sessionCopier;

    private LazyDataModel<SessionRow> sessions;
    private Long copyFrom;
    private String copyCode;
    private String copyName;
    private int copyShiftDays = 182;

    @PostConstruct
    void init() {
        sessions = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) queries.countSessions(globalFilter(filterBy));
            }

            @Override
            public List<SessionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
                return queries.sessions(first, pageSize, sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() != SortOrder.DESCENDING, globalFilter(filterBy));
            }

            @Override
            public String getRowKey(SessionRow row) {
                return String.valueOf(row.id());
            }

            @Override
            public SessionRow getRowData(String rowKey) {
                return null;
            }
        };
    }

    private static String globalFilter(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy.get("globalFilter");
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }

    public void prepareCopy(SessionRow row) {
        copyFrom = row.id();
        copyCode = null;
        copyName = row.name();
    }

    public void copy() throws IOException {
        try {
            long id = sessionCopier.copySession(copyFrom, copyCode, copyName, Duration.ofDays(copyShiftDays));
            FacesMessages.infoAfterRedirect("catalogue.copied");
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/admin/session.xhtml?id=" + id);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public LazyDataModel<SessionRow> getSessions() {
        return sessions;
    }

    public String getCopyCode() {
        return copyCode;
    }

    public void setCopyCode(String copyCode) {
        this.copyCode = copyCode;
    }

    public String getCopyName() {
        return copyName;
    }

    public void setCopyName(String copyName) {
        this.copyName = copyName;
    }

    public int getCopyShiftDays() {
        return copyShiftDays;
    }

    public void setCopyShiftDays(int copyShiftDays) {
        this.copyShiftDays = copyShiftDays;
    }
}
