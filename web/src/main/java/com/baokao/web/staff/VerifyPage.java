package com.baokao.web.staff;

import com.baokao.i18n.BaokaoException;
import com.baokao.seating.AdmissionTickets;
import com.baokao.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;

/**
 * {@code /staff/verify.xhtml}: exam staff check an admission ticket at the door, by scanning its QR code (a scanner
 * types the token into the field, or a phone opens {@code ?token=…}) or by typing the ticket number and the ID
 * number. A genuine, current ticket shows the candidate's photo to compare with the person; a forged, altered or
 * superseded one is refused.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "verifyForm";

    @EJB
    AdmissionTickets tickets;

    private String token;
    private String ticketNumber;
    private String idNumber;
    private AdmissionTickets.Check result;
    private boolean allowed = true;

    /** f:viewAction: a token in the address is checked at once. */
    public void onLoad() {
        if (token != null && !token.isBlank()) {
            verifyToken();
        }
    }

    public void verifyToken() {
        result = null;
        if (token == null || token.isBlank()) {
            FacesMessages.refusal(FORM, BaokaoException.at("token", "ticket.verify.token.missing"));
            return;
        }
        try {
            result = tickets.verifyToken(token);
        } catch (EJBAccessException e) {
            allowed = false;
        }
    }

    public void verifyNumber() {
        result = null;
        try {
            result = tickets.verifyNumber(ticketNumber, idNumber);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        } catch (EJBAccessException e) {
            allowed = false;
        }
    }

    /** The candidate's photo inline, so it is never served from an address of its own. */
    public String getPhotoData() {
        return result == null || result.photoJpeg() == null ? null
                : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(result.photoJpeg());
    }

    public boolean isAllowed() {
        return allowed;
    }

    public AdmissionTickets.Check getResult() {
        return result;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
