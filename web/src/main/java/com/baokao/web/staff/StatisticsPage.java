package com.baokao.web.staff;

import com.baokao.application.ApplicationStatus;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.review.ReviewStatistics;
import com.baokao.review.ReviewStatistics.PlaceKind;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * staff/statistics.xhtml: where the applications in the caller's reach stand, per place and per day, as charts
 * and exportable tables. The counting and the scope are {@link ReviewStatistics}'s; this bean only keeps the
 * filter and turns the rows into chart configurations.
 */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "statsForm";

    @EJB
    ReviewStatistics statistics;

    private boolean allowed = true;
    private List<ReviewStatistics.SessionOption> sessions = List.of();
    private Long sessionId;
    private LocalDate from;
    private LocalDate to;
    private PlaceKind chartKind = PlaceKind.SITE;
    private List<ReviewStatistics.PlaceRow> places = List.of();
    private List<ReviewStatistics.DayRow> days = List.of();

    @PostConstruct
    void init() {
        try {
            sessions = statistics.sessions();
            ReviewStatistics.Range range = statistics.defaultRange();
            from = range.from();
            to = range.to();
            refresh();
        } catch (EJBAccessException e) {
            allowed = false; // an operator reaches /staff/* but has no statistics
        }
    }

    public void refresh() {
        try {
            // every table, chart and export of the page covers the same days of first submission
            places = statistics.byPlace(from, to, sessionId);
            days = statistics.byDay(from, to, sessionId);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public List<ApplicationStatus> getStatuses() {
        return ReviewStatistics.STATUSES;
    }

    public PlaceKind[] getKinds() {
        return PlaceKind.values();
    }

    public List<ReviewStatistics.PlaceRow> getChartPlaces() {
        return places.stream().filter(p -> p.kind() == chartKind).toList();
    }

    public String getPlaceChart() {
        return StatisticsCharts.places(getChartPlaces(), p -> p.name() == null ? label("stats.noSite") : p.name(),
                this::statusLabel);
    }

    /** Enough height for every bar and the legend: the chart box grows with the number of places. */
    public int getPlaceChartHeight() {
        return Math.max(220, getChartPlaces().size() * 34 + 130);
    }

    public String getDayChart() {
        return StatisticsCharts.days(days, this::statusLabel);
    }

    private String statusLabel(ApplicationStatus status) {
        return label("application.status." + status);
    }

    private static String label(String key) {
        return UserMessages.format(FacesMessages.readerLocale(), key);
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<ReviewStatistics.SessionOption> getSessions() {
        return sessions;
    }

    public List<ReviewStatistics.PlaceRow> getPlaces() {
        return places;
    }

    public List<ReviewStatistics.DayRow> getDays() {
        return days;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
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

    public PlaceKind getChartKind() {
        return chartKind;
    }

    public void setChartKind(PlaceKind chartKind) {
        this.chartKind = chartKind;
    }
}
