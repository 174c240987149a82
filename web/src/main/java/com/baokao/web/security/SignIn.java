package com.baokao.web.security;

import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.account.signin.LoginKey;
import com.baokao.account.signin.SignInCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Hands a credential to Jakarta Security from a Faces action, with a fresh session id (no fixation). */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    /** Signs in a person who needs no CAPTCHA answer (an account just opened). */
    public AuthenticationStatus authenticate(LoginKey key, String password) {
        return authenticate(new SignInCredential(key, password, CaptchaAnswer.NONE));
    }

    /** Signs in with what the form gave; the credential then carries the outcome the service found. */
    public AuthenticationStatus authenticate(SignInCredential credential) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // a session id known before sign-in must not stay valid after it
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(credential)
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        return status;
    }
}
