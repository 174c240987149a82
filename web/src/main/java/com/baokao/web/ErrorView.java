package com.baokao.web;

import com.baokao.platform.DatabaseOutage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

import java.util.logging.Logger;

/**
 * What the error page says: a database that is away (restarting, unreachable) is told as such, with 503 and
 * Retry-After so a load balancer and a browser know to come back; anything else is the general sentence.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private Boolean databaseAway;
    private boolean busy;

    /** Among {@link #isDatabaseAway()}: the pool's connections all busy (a burst), worth trying again in seconds. */
    public boolean isBusy() {
        return isDatabaseAway() && busy;
    }

    public boolean isDatabaseAway() {
        if (databaseAway == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Object thrown = faces.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
            if (thrown == null && faces.getExternalContext().getSession(false) != null) {
                // PrimeFaces' handler redirects here and leaves what it caught in the session: read once, then dropped
                Object caught = faces.getExternalContext().getSessionMap().remove(ExceptionInfo.ATTRIBUTE_NAME);
                thrown = caught instanceof ExceptionInfo info ? info.getException() : null;
            }
            databaseAway = thrown instanceof Throwable t && DatabaseOutage.causedBy(t);
            busy = thrown instanceof Throwable t && DatabaseOutage.poolExhausted(t);
            Object logged = thrown;
            if (databaseAway && faces.getExternalContext().getResponse() instanceof HttpServletResponse response
                    && !response.isCommitted()) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", busy ? "5" : "30");
                LOG.warning(() -> (busy ? "connection pool exhausted: " : "database unreachable: ") + logged);
            }
        }
        return databaseAway;
    }
}
