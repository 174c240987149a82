package com.baokao.web.candidate;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationView;
import com.baokao.payment.PaymentDesk;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * candidate/paid.xhtml?id=N: where the provider sends the candidate back. Never "unpaid" after paying: if the
 * provider's notification has not arrived, Baokao asks the provider; while it cannot tell, the page says the
 * payment is being confirmed and looks again by itself.
 */
@Named
@RequestScoped
public class PaidPage {

    @EJB
    PaymentDesk desk;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    com.baokao.payment.Receipts receipts;

    private Long id;
    private String status;
    private PaymentDesk.Outcome outcome;
    private ApplicationView application;
    private boolean receiptAvailable;

    public void load() throws IOException {
        try {
            outcome = id == null ? null : desk.afterReturn(id, "PAID".equals(status));
            application = id == null ? null : applicationQueries.view(id);
            receiptAvailable = outcome == PaymentDesk.Outcome.PAID && receipts.available(id);
        } catch (EJBAccessException e) {
            outcome = null;
        }
        if (outcome == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such application");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public PaymentDesk.Outcome getOutcome() {
        return outcome;
    }

    public boolean isReceiptAvailable() {
        return receiptAvailable;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
