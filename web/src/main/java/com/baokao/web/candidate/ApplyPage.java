package com.baokao.web.candidate;

import com.baokao.application.ApplicationQueries.StartInfo;
import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationService;
import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews.OpenExam;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/**
 * candidate/apply.xhtml?session=ID: read the exam's notice, tick the pledge, choose the region; starting
 * leads to the application page (an existing application opens directly).
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApplicationService applications;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    CatalogueQueries catalogue;

    @Inject
    Clock clock;

    private Long sessionId;
    private StartInfo info;
    private OpenExam exam;
    private Long regionId;
    private boolean pledge;

    /** f:viewAction: unknown exams get a sentence, not an error page. */
    public String load() {
        if (sessionId == null) {
            return "/index?faces-redirect=true";
        }
        try {
            info = applicationQueries.startInfo(sessionId);
        } catch (BaokaoException e) {
            FacesMessages.refusal("applyForm", e);
            return null;
        }
        if (info.existingApplicationId() != null) {
            return "/candidate/application?faces-redirect=true&id=" + info.existingApplicationId();
        }
        exam = catalogue.openExams(clock.instant()).stream().filter(e -> e.id() == sessionId).findFirst().orElse(null);
        return null;
    }

    public String start() {
        try {
            long id = applications.start(sessionId, regionId == null ? -1 : regionId, pledge);
            return "/candidate/application?faces-redirect=true&id=" + id;
        } catch (BaokaoException e) {
            FacesMessages.refusal("applyForm", e);
            return null;
        } catch (EJBAccessException e) {
            FacesMessages.error(null, "application.exam.unknown");
            return null;
        }
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public StartInfo getInfo() {
        return info;
    }

    public OpenExam getExam() {
        return exam;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public boolean isPledge() {
        return pledge;
    }

    public void setPledge(boolean pledge) {
        this.pledge = pledge;
    }
}
