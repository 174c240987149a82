package com.baokao.web.admin;

import com.baokao.account.AccountCorrectionService;
import com.baokao.account.AccountSummary;
import com.baokao.account.CorrectableField;
import com.baokao.audit.AuditEntry;
import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import com.baokao.web.IdEntry;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** admin/corrections.xhtml: find a candidate by ID and correct a fixed account field on presented proof. */
@Named
@ViewScoped
public class CorrectionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "correctionForm";

    @EJB
    AccountCorrectionService corrections;

    @EJB
    AuditTrail audit;

    private final IdEntry id = new IdEntry();
    private AccountSummary candidate;
    private CorrectableField field = CorrectableField.NAME;
    private String value;
    private String reason;

    public void find() {
        candidate = corrections.findCandidate(id.getType(), id.getNumber()).orElse(null);
        if (candidate == null) {
            FacesMessages.error(null, "correction.not.found");
        }
    }

    public void correct() {
        try {
            candidate = corrections.correct(candidate.id(), field, value, reason);
            value = null;
            reason = null;
            FacesMessages.info("correction.done");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public List<AuditEntry> getHistory() {
        return candidate == null ? List.of() : audit.history("Account", candidate.id(), 20);
    }

    public CorrectableField[] getFields() {
        return CorrectableField.values();
    }

    public IdEntry getId() {
        return id;
    }

    public AccountSummary getCandidate() {
        return candidate;
    }

    public CorrectableField getField() {
        return field;
    }

    public void setField(CorrectableField field) {
        this.field = field;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
