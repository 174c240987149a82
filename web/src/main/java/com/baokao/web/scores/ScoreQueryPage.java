package com.baokao.web.scores;

import com.baokao.i18n.BaokaoException;
import com.baokao.platform.BusinessTime;
import com.baokao.score.ScoreQueries;
import com.baokao.web.FacesMessages;
import com.baokao.web.captcha.CaptchaChallenge;
import com.baokao.web.captcha.CaptchaEntry;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * scores.xhtml, the public score query (no sign-in): ID number and admission ticket number, a CAPTCHA every time.
 * Whatever is wrong with the pair, the answer is the same sentence.
 */
@Named
@ViewScoped
public class ScoreQueryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "scoreQueryForm";

    @EJB
    ScoreQueries scores;

    @Inject
    CaptchaChallenge challenge;

    private String idNumber;
    private String ticketNumber;
    private final CaptchaEntry captcha = new CaptchaEntry();
    private ScoreQueries.Sitting result;

    public void query() {
        result = null;
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            result = scores.publicQuery(idNumber, ticketNumber, request.getRemoteAddr(), captcha.answer(challenge));
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(BusinessTime.ZONE));
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public CaptchaEntry getCaptcha() {
        return captcha;
    }

    public ScoreQueries.Sitting getResult() {
        return result;
    }
}
