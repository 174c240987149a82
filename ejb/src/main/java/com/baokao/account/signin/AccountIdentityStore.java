package com.baokao.account.signin;

import com.baokao.account.captcha.CaptchaAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/**
 * Jakarta Security identity store backed by the account table. The credential's caller is a
 * {@link LoginKey}; the resulting principal name is the account id (stable even when an administrator
 * corrects an ID number), the only group the account's role. A {@link SignInCredential} brings the CAPTCHA answer
 * and takes back the outcome; a plain username and password is an attempt without a CAPTCHA answer.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInCredential form = upc instanceof SignInCredential s ? s : null;
        LoginKey key;
        try {
            key = form != null ? form.key() : LoginKey.parse(upc.getCaller());
        } catch (IllegalArgumentException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        SignInOutcome outcome = signIn.attempt(key, upc.getPasswordAsString(),
                form != null ? form.captcha() : CaptchaAnswer.NONE);
        if (form != null) {
            form.outcome(outcome);
        }
        return outcome.verifiedCaller()
                .map(c -> new CredentialValidationResult(String.valueOf(c.accountId()), Set.of(c.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
