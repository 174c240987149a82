package com.baokao.web.account;

import com.baokao.web.operations.BaokaoMetrics;
import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.account.signin.LoginKey;
import com.baokao.account.signin.SignInCredential;
import com.baokao.account.signin.SignInOutcome;
import com.baokao.account.signin.SignInService;
import com.baokao.web.FacesMessages;
import com.baokao.web.IdEntry;
import com.baokao.web.captcha.CaptchaChallenge;
import com.baokao.web.captcha.CaptchaEntry;
import com.baokao.web.security.SignIn;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;

import java.io.IOException;
import java.io.Serializable;

/**
 * login.xhtml: candidates sign in with ID type + ID number, staff with a username. After repeated failures the
 * sign-in service asks for the picture CAPTCHA and, later, to wait a little (it never locks anyone out); the page
 * shows the picture when the service says so and passes the answer on.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "loginForm";

    @EJB
    SignInService signInService;

    @Inject
    SignIn signIn;

    @Inject
    CaptchaChallenge challenge;

    private boolean staff;
    private final IdEntry id = new IdEntry();
    private String username;
    private String password;
    private final CaptchaEntry captcha = new CaptchaEntry();
    private boolean captchaRequired;

    @Inject
    BaokaoMetrics metrics;

    public void signIn() throws IOException {
        LoginKey key = staff ? LoginKey.staff(username) : LoginKey.candidate(id.getType(), id.getNumber());
        // a picture is answered only where one was shown; the service decides whether it was needed and right
        SignInCredential credential = new SignInCredential(key, password,
                captchaRequired ? captcha.answer(challenge) : CaptchaAnswer.NONE);
        password = null;
        AuthenticationStatus status = signIn.authenticate(credential);
        // SEND_CONTINUE: signed in and sent back to the protected page that asked for it
        metrics.signIn(BaokaoMetrics.Channel.PAGES,
                status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return; // redirected back to the protected page that sent the visitor here
        }
        if (status == AuthenticationStatus.SUCCESS) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + (staff ? "/staff/home.xhtml" : "/candidate/home.xhtml"));
            return;
        }
        SignInOutcome outcome = credential.outcome().filter(o -> !o.succeeded())
                .orElseGet(() -> SignInOutcome.failed(key, signInService.gate(key).captchaRequired()));
        captchaRequired = outcome.captchaRequired();
        FacesMessages.refusal(FORM, outcome.refusal());
    }

    public boolean isStaff() {
        return staff;
    }

    public void setStaff(boolean staff) {
        this.staff = staff;
    }

    public IdEntry getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public CaptchaEntry getCaptcha() {
        return captcha;
    }

    public boolean isCaptchaRequired() {
        return captchaRequired;
    }
}
