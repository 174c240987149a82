package com.baokao.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;

/**
 * A link whose parameters do not fit the page ({@code application.xhtml?id=abc}) names a page that does not
 * exist: it answers 404 with the not-found page, instead of a half-rendered page or an error. Only for the first
 * request of a page; a form posted back keeps its messages next to the fields.
 */
public class BrokenLinks implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to do before the view parameters are converted
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, "the link's parameters do not fit this page");
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }
}
