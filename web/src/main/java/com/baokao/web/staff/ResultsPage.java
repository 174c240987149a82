package com.baokao.web.staff;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.score.ScoreResults;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * staff/results.xhtml: a session's results per exam site and per subject (pass rates, average, distribution in
 * 10-point bands) as charts and tables, and as an Excel workbook. The counting, the scope and the workbook are
 * {@link ScoreResults}'s; this bean keeps the chosen session and turns the figures into chart configurations.
 */
@Named
@ViewScoped
public class ResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "resultsForm";

    @EJB
    ScoreResults scoreResults;

    private boolean allowed = true;
    private List<ScoreResults.SessionOption> sessions = List.of();
    private Long sessionId;
    private ScoreResults.Results results;

    @PostConstruct
    void init() {
        try {
            sessions = scoreResults.sessions();
            if (!sessions.isEmpty()) {
                sessionId = sessions.get(0).id();
                refresh();
            }
        } catch (EJBAccessException e) {
            allowed = false; // an operator reaches /staff/* but sees no results
        }
    }

    public void refresh() {
        results = null;
        if (sessionId == null) {
            return;
        }
        try {
            results = scoreResults.of(sessionId);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    /** The workbook, made when the button is pressed (p:fileDownload). */
    public StreamedContent getWorkbook() {
        if (sessionId == null) {
            return null;
        }
        byte[] xlsx = scoreResults.workbook(sessionId, FacesMessages.readerLocale());
        return DefaultStreamedContent.builder()
                .name("baokao-results-" + (results == null ? sessionId : results.sessionCode()) + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) xlsx.length)
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    public String getPassRateChart() {
        return results == null ? "{}" : ResultsCharts.passRates(results.sites(),
                s -> s.name() == null ? label("results.noSite") : s.name(), label("results.passRate"));
    }

    public int getPassRateChartHeight() {
        return results == null ? 220 : Math.max(220, results.sites().size() * 34 + 110);
    }

    public String getDistributionChart() {
        return results == null ? "{}" : ResultsCharts.distribution(results.distributions(), results.bands());
    }

    public List<String> getBandLabels() {
        return results == null ? List.of() : java.util.stream.IntStream.range(0, results.bands())
                .mapToObj(com.baokao.score.ResultFigures::bandLabel).toList();
    }

    private static String label(String key) {
        return UserMessages.format(FacesMessages.readerLocale(), key);
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<ScoreResults.SessionOption> getSessions() {
        return sessions;
    }

    public ScoreResults.Results getResults() {
        return results;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
