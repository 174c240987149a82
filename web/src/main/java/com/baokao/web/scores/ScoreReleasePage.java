package com.baokao.web.scores;

import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.score.ScoreRelease;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/scores.xhtml: each session's imported scores and their release (a time, which can move until it comes). */
@Named
@ViewScoped
public class ScoreReleasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "releaseForm";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    ScoreRelease release;

    private List<ScoreRelease.SessionRelease> sessions = List.of();
    /** The time typed per session, in Shanghai time; defaults to the set release or the calendar's planned date. */
    private final Map<Long, LocalDateTime> times = new HashMap<>();

    @PostConstruct
    void load() {
        sessions = release.sessions();
        for (ScoreRelease.SessionRelease s : sessions) {
            Instant shown = s.releaseAt() != null ? s.releaseAt() : s.plannedAt();
            times.putIfAbsent(s.sessionId(), shown == null ? null : LocalDateTime.ofInstant(shown, BusinessTime.ZONE));
        }
    }

    public void releaseAt(long sessionId) {
        LocalDateTime at = times.get(sessionId);
        try {
            if (at == null) {
                throw new BaokaoException("score.release.time");
            }
            release.releaseAt(sessionId, at.atZone(BusinessTime.ZONE).toInstant());
            FacesMessages.info("scores.release.saved", WHEN.format(at));
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
        load();
    }

    public void withdraw(long sessionId) {
        try {
            release.releaseAt(sessionId, null);
            FacesMessages.info("scores.release.withdrawn");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
        load();
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(BusinessTime.ZONE));
    }

    public List<ScoreRelease.SessionRelease> getSessions() {
        return sessions;
    }

    public Map<Long, LocalDateTime> getTimes() {
        return times;
    }
}
