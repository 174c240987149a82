package com.baokao.web.staff;

import com.baokao.platform.BusinessTime;
import com.baokao.seating.SeatingCounts;
import com.baokao.seating.SeatingOverview;
import com.baokao.seating.SignInSheets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /staff/seating.xhtml}: for one exam session, the sign-in sheets of the rooms within the caller's reach
 * (administrators: all; reviewers: their sites and regions), and for administrators the counts of the last seat
 * assignment and every candidate it could not seat, with the reason.
 */
@Named
@ViewScoped
public class SeatingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    SeatingOverview overview;

    @EJB
    SignInSheets sheets;

    private List<SeatingOverview.SessionChoice> sessions = List.of();
    private Long sessionId;
    private SeatingCounts counts;
    private List<SeatingOverview.UnseatedRow> unseated = List.of();
    private List<SignInSheets.SheetRow> sheetRows = List.of();
    private boolean allowed = true;

    @PostConstruct
    void init() {
        try {
            sessions = overview.sessions();
        } catch (EJBAccessException e) {
            allowed = false;
            return;
        }
        if (!sessions.isEmpty()) {
            sessionId = sessions.get(0).id();
        }
        load();
    }

    public void load() {
        if (sessionId == null) {
            return;
        }
        try {
            sheetRows = sheets.sheets(sessionId);
        } catch (EJBAccessException e) {
            sheetRows = List.of();
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole("ADMIN") || external.isUserInRole("OPERATOR")) {
            counts = overview.counts(sessionId);
            unseated = overview.unseated(sessionId);
        }
    }

    /** The sheet's download address: {@code /staff/sheet/{session}/{room}/{epoch milliseconds of the sitting}}. */
    public String sheetPath(SignInSheets.SheetRow row) {
        return "/staff/sheet/" + sessionId + "/" + row.roomId() + "/" + row.startsAt().toEpochMilli();
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(BusinessTime.ZONE));
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<SeatingOverview.SessionChoice> getSessions() {
        return sessions;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public SeatingCounts getCounts() {
        return counts;
    }

    public List<SeatingOverview.UnseatedRow> getUnseated() {
        return unseated;
    }

    public int getListLimit() {
        return SeatingOverview.LIST_LIMIT;
    }

    public List<SignInSheets.SheetRow> getSheetRows() {
        return sheetRows;
    }
}
