package com.baokao.web.account;

import com.baokao.account.IdDocument;
import com.baokao.account.RegistrationForm;
import com.baokao.account.RegistrationService;
import com.baokao.account.Sex;
import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.account.signin.LoginKey;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import com.baokao.web.IdEntry;
import com.baokao.web.captcha.CaptchaChallenge;
import com.baokao.web.captcha.CaptchaEntry;
import com.baokao.web.security.SignIn;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/** register.xhtml: agreement, then the real-name account form; signs the new candidate in. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registerForm";

    @EJB
    RegistrationService registration;

    @Inject
    CaptchaChallenge challenge;

    @Inject
    SignIn signIn;

    private boolean agreementAccepted;
    private String name;
    private final IdEntry id = new IdEntry();
    private Sex sex;
    private LocalDate birthDate;
    private String phone;
    private String email;
    private final NewPassword password = new NewPassword();
    private final CaptchaEntry captcha = new CaptchaEntry();
    private IdDocument derived;

    public void register() throws IOException {
        CaptchaAnswer answer = captcha.answer(challenge);
        try {
            registration.register(new RegistrationForm(agreementAccepted, name, id.getType(), id.getNumber(), sex,
                    birthDate, phone, email, password.getValue(), password.getRepeat()), answer);
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
            return;
        }
        AuthenticationStatus status = signIn.authenticate(LoginKey.candidate(id.getType(), id.getNumber()),
                password.getValue());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getResponseComplete()) {
            FacesMessages.infoAfterRedirect(status == AuthenticationStatus.SUCCESS
                    ? "register.done" : "register.done.signin");
            String target = status == AuthenticationStatus.SUCCESS ? "/candidate/home.xhtml" : "/login.xhtml";
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
        }
    }

    /** Checks the ID number as soon as it is typed, and shows the date of birth and sex it carries. */
    public void checkIdNumber() {
        derived = null;
        if (id.getNumber() == null || id.getNumber().isBlank()) {
            return;
        }
        try {
            derived = IdDocument.parse(id.getType(), id.getNumber(), getToday());
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    /** The resident ID's date of birth and sex, once the number is valid; null otherwise. */
    public IdDocument getDerived() {
        return derived != null && derived.birthDate() != null ? derived : null;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(com.baokao.platform.BusinessTime.ZONE);
    }

    public boolean isAgreementAccepted() {
        return agreementAccepted;
    }

    public void setAgreementAccepted(boolean agreementAccepted) {
        this.agreementAccepted = agreementAccepted;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IdEntry getId() {
        return id;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public NewPassword getPassword() {
        return password;
    }

    public CaptchaEntry getCaptcha() {
        return captcha;
    }
}
