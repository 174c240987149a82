package com.baokao.web.scores;

import com.baokao.platform.BusinessTime;
import com.baokao.score.ScoreImportReports;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** staff/score-imports.xhtml: the latest score imports, or one run's report (counts and the lines not imported). */
@Named
@RequestScoped
public class ScoreImportsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    ScoreImportReports reports;

    private Long run;
    private ScoreImportReports.RunRow report;
    private List<ScoreImportReports.Skip> skips = List.of();
    private List<ScoreImportReports.RunRow> recent = List.of();
    private boolean allowed = true;

    /** Called by the page's view action once the run id is read. */
    public void load() {
        try {
            recent = reports.recent(30);
            report = run == null ? null : reports.run(run);
            skips = report == null ? List.of() : reports.skips(run, FacesMessages.readerLocale());
        } catch (EJBAccessException e) {
            allowed = false;
        }
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(BusinessTime.ZONE));
    }

    public int getSkipsShown() {
        return ScoreImportReports.SKIPS_SHOWN;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public ScoreImportReports.RunRow getReport() {
        return report;
    }

    public List<ScoreImportReports.Skip> getSkips() {
        return skips;
    }

    public List<ScoreImportReports.RunRow> getRecent() {
        return recent;
    }

    public boolean isAllowed() {
        return allowed;
    }
}
