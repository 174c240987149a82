package com.baokao.web.staff;

import com.baokao.platform.BusinessTime;
import com.baokao.reconciliation.ReconciliationReport;
import com.baokao.reconciliation.ReconciliationReports;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** staff/reconciliation.xhtml: the latest fee reconciliations, or one run's report (counts, exceptions, rejected lines). */
@Named
@RequestScoped
public class ReconciliationPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    ReconciliationReports reports;

    private Long run;
    private ReconciliationReport report;
    private List<ReconciliationReport> recent;
    private boolean allowed = true;

    /** Called by the page's view action once the run id is read. */
    public void load() {
        try {
            recent = reports.recent(30);
            report = run == null ? null : reports.report(run);
        } catch (EJBAccessException e) {
            allowed = false;
            recent = List.of();
        }
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(BusinessTime.ZONE));
    }

    /** A kept reason or detail, in the reader's language. */
    public String explain(String stored) {
        return com.baokao.reconciliation.ReconciliationText.explain(stored, com.baokao.web.FacesMessages.readerLocale());
    }

    public boolean exception(String outcome) {
        return "AMOUNT_MISMATCH".equals(outcome) || "UNKNOWN_ORDER".equals(outcome) || "MISSING_AT_PROVIDER".equals(outcome);
    }

    public int getItemsShown() {
        return ReconciliationReports.ITEMS_SHOWN;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public ReconciliationReport getReport() {
        return report;
    }

    public List<ReconciliationReport> getRecent() {
        return recent;
    }

    public boolean isAllowed() {
        return allowed;
    }
}
