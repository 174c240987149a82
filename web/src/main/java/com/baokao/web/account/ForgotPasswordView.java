package com.baokao.web.account;

import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import com.baokao.web.IdEntry;
import com.baokao.web.captcha.CaptchaChallenge;
import com.baokao.web.captcha.CaptchaEntry;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * forgot-password.xhtml: step 1 asks for ID and the registered e-mail (plus CAPTCHA) and sends a code;
 * step 2 takes the code and the new password. Step 1 answers the same whether or not the account exists.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "resetForm";

    @EJB
    PasswordResetService resets;

    @Inject
    CaptchaChallenge challenge;

    private final IdEntry id = new IdEntry();
    private String email;
    private final CaptchaEntry captcha = new CaptchaEntry();
    private boolean codeSent;
    private String code;
    private final NewPassword password = new NewPassword();

    public void requestCode() {
        CaptchaAnswer answer = captcha.answer(challenge);
        try {
            resets.requestCode(id.getType(), id.getNumber(), email,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale(), answer);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            return;
        }
        codeSent = true;
        FacesMessages.info("reset.sent");
    }

    public void reset() throws IOException {
        try {
            resets.resetPassword(id.getType(), id.getNumber(), code, password.getValue(), password.getRepeat());
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            return;
        }
        FacesMessages.infoAfterRedirect("reset.done");
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
    }

    /**
     * A candidate registered at a walk-in desk already holds a one-time code (handed to them on paper): with the ID
     * number typed in step 1 they go straight to step 2.
     */
    public void haveCode() {
        if (id.getNumber() == null || id.getNumber().isBlank()) {
            FacesMessages.refusal(FORM, BaokaoException.at("idNumber", "id.required"));
            return;
        }
        codeSent = true;
    }

    public void startOver() {
        codeSent = false;
        code = null;
    }

    public IdEntry getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public CaptchaEntry getCaptcha() {
        return captcha;
    }

    public boolean isCodeSent() {
        return codeSent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public NewPassword getPassword() {
        return password;
    }
}
