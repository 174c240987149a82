package com.baokao.account.signin;

import com.baokao.i18n.BaokaoException;
import java.io.Serializable;
import java.util.Optional;

/**
 * How one sign-in attempt ended: the verified caller, or the refusal to show (missing fields, wait, CAPTCHA, wrong
 * password); and whether the next attempt needs the CAPTCHA, so a front end knows to show the picture.
 */
public record SignInOutcome(SignInService.VerifiedCaller caller, BaokaoException refusal, boolean captchaRequired)
        implements Serializable {

    static SignInOutcome signedIn(SignInService.VerifiedCaller caller) {
        return new SignInOutcome(caller, null, false);
    }

    static SignInOutcome refused(BaokaoException refusal, boolean captchaRequired) {
        return new SignInOutcome(null, refusal, captchaRequired);
    }

    /** A wrong ID, username or password, said the same way whether or not the account exists. */
    public static SignInOutcome failed(LoginKey key, boolean captchaRequired) {
        return refused(new BaokaoException(key.isStaff() ? "login.failed.staff" : "login.failed"), captchaRequired);
    }

    public boolean succeeded() {
        return caller != null;
    }

    public Optional<SignInService.VerifiedCaller> verifiedCaller() {
        return Optional.ofNullable(caller);
    }
}
