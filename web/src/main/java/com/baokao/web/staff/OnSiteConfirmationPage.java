package com.baokao.web.staff;

import com.baokao.i18n.BaokaoException;
import com.baokao.review.OnSiteConfirmation;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * staff/confirm.xhtml: the on-site confirmation desk. A barcode scanner types the form's code and Enter; the
 * field is cleared and focused again for the next candidate; the last confirmations stay listed.
 */
@Named
@ViewScoped
public class OnSiteConfirmationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OnSiteConfirmation review;

    private String code;
    private final List<OnSiteConfirmation.OnSiteResult> confirmed = new ArrayList<>();

    public void confirm() {
        try {
            OnSiteConfirmation.OnSiteResult result = review.confirmOnSite(code);
            confirmed.add(0, result);
            FacesMessages.info("confirmation.done", result.candidate(), result.idNumber());
            code = null;
        } catch (BaokaoException e) {
            FacesMessages.refusal("confirmForm", e);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<OnSiteConfirmation.OnSiteResult> getConfirmed() {
        return confirmed;
    }
}
