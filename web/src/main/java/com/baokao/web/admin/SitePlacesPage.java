package com.baokao.web.admin;

import com.baokao.application.SitePlacesAdmin;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/site-places.xhtml: the places per site of one session (issue 18). Each site's number is edited in its row
 * (empty: no limit); a subject gets its own number at a site from the form below the table.
 */
@Named
@ViewScoped
public class SitePlacesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "placesForm";

    @EJB
    SitePlacesAdmin admin;

    private Long sessionId;
    private List<SitePlacesAdmin.PlacesLine> lines = List.of();
    private List<SitePlacesAdmin.SubjectChoice> subjects = List.of();
    /** What is typed per line: key "site" or "site:subject". */
    private final Map<String, Integer> typed = new HashMap<>();
    private Long newSiteId;
    private Long newSubjectId;
    private Integer newPlaces;

    /** f:viewAction */
    public void load() {
        if (sessionId == null) {
            return;
        }
        try {
            lines = admin.linesOf(sessionId);
            subjects = admin.subjectsOf(sessionId);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            return;
        }
        typed.clear();
        lines.forEach(l -> typed.put(key(l), l.places()));
    }

    public void save(SitePlacesAdmin.PlacesLine line) {
        set(line.siteId(), line.subjectId(), typed.get(key(line)));
    }

    public void addSubject() {
        if (newSiteId == null || newSubjectId == null || newPlaces == null) {
            FacesMessages.refusal(FORM, BaokaoException.at("newPlaces", "places.subject.incomplete"));
            return;
        }
        if (set(newSiteId, newSubjectId, newPlaces)) {
            newSiteId = null;
            newSubjectId = null;
            newPlaces = null;
        }
    }

    private boolean set(long siteId, Long subjectId, Integer places) {
        try {
            admin.setPlaces(sessionId, siteId, subjectId, places);
            FacesMessages.info("places.saved");
            load();
            return true;
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            return false;
        }
    }

    public String key(SitePlacesAdmin.PlacesLine line) {
        return line.siteId() + (line.subjectId() == null ? "" : ":" + line.subjectId());
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public List<SitePlacesAdmin.PlacesLine> getLines() {
        return lines;
    }

    public List<SitePlacesAdmin.SubjectChoice> getSubjects() {
        return subjects;
    }

    public Map<String, Integer> getTyped() {
        return typed;
    }

    public Long getNewSiteId() {
        return newSiteId;
    }

    public void setNewSiteId(Long newSiteId) {
        this.newSiteId = newSiteId;
    }

    public Long getNewSubjectId() {
        return newSubjectId;
    }

    public void setNewSubjectId(Long newSubjectId) {
        this.newSubjectId = newSubjectId;
    }

    public Integer getNewPlaces() {
        return newPlaces;
    }

    public void setNewPlaces(Integer newPlaces) {
        this.newPlaces = newPlaces;
    }
}
