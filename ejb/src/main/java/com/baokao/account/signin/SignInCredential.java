package com.baokao.account.signin;

import com.baokao.account.captcha.CaptchaAnswer;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.Optional;

/**
 * A sign-in form as Jakarta Security hands it to {@link AccountIdentityStore}: login key and password, plus the
 * CAPTCHA answer the service checks when one is needed. The store leaves the {@link SignInOutcome} on it, which
 * tells the page why an attempt was refused (Jakarta Security itself only says valid or not).
 */
public class SignInCredential extends UsernamePasswordCredential {

    private final LoginKey key;
    private final CaptchaAnswer captcha;
    private SignInOutcome outcome;

    public SignInCredential(LoginKey key, String password, CaptchaAnswer captcha) {
        super(key.asString(), password == null ? "" : password);
        this.key = key;
        this.captcha = captcha == null ? CaptchaAnswer.NONE : captcha;
    }

    public LoginKey key() {
        return key;
    }

    public CaptchaAnswer captcha() {
        return captcha;
    }

    /** What the identity store made of this attempt; empty until it has seen it. */
    public Optional<SignInOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    void outcome(SignInOutcome outcome) {
        this.outcome = outcome;
    }
}
