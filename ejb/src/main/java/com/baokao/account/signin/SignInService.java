package com.baokao.account.signin;

import com.baokao.account.Account;
import com.baokao.account.AccountRole;
import com.baokao.account.PasswordHasher;
import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Database;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Checks a password for a login key and keeps the failure counter that slows guessing down (see
 * {@link ThrottlePolicy}): an attempt that must still wait, or that needs the CAPTCHA and does not answer it, is
 * refused here without looking at the password, whichever front end it comes from. Used by the identity store.
 */
@Stateless
public class SignInService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    /** A verified caller: the principal name is the account id, the group its role. */
    public record VerifiedCaller(long accountId, AccountRole role) implements Serializable {
    }

    public SignInGate gate(LoginKey key) {
        LoginFailures record = em.find(LoginFailures.class, key.asString());
        if (record == null) {
            return new SignInGate(false, 0);
        }
        Instant now = clock.instant();
        Duration wait = ThrottlePolicy.waitRemaining(record.getFailures(), record.getLastFailureAt(), now);
        long waitSeconds = wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
        return new SignInGate(ThrottlePolicy.captchaRequired(record.getFailures(), record.getLastFailureAt(), now),
                waitSeconds);
    }

    /** The password alone, with no CAPTCHA answer: refused once the key needs one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<VerifiedCaller> verify(LoginKey key, String password) {
        return attempt(key, password, CaptchaAnswer.NONE).verifiedCaller();
    }

    /**
     * One sign-in attempt. Refused without looking at the password while the key must still wait (so waiting
     * cannot be skipped by a script), and when the key needs the CAPTCHA and {@code captcha} does not answer it;
     * neither counts as a failure. A wrong password does.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInOutcome attempt(LoginKey key, String password, CaptchaAnswer captcha) {
        if (key.isBlank() || password == null || password.isEmpty()) {
            boolean captchaRequired = !key.isBlank() && gate(key).captchaRequired();
            return SignInOutcome.refused(new BaokaoException("login.missing"), captchaRequired);
        }
        SignInGate gate = gate(key);
        if (gate.mustWait()) {
            return SignInOutcome.refused(new BaokaoException("login.wait", gate.waitSeconds()), gate.captchaRequired());
        }
        if (gate.captchaRequired() && (captcha == null || !captcha.isRight(clock.instant()))) {
            // nothing typed: say why the picture is there; typed wrongly: say it was wrong
            boolean missing = captcha == null || captcha.isMissing();
            return SignInOutcome.refused(BaokaoException.at(CaptchaAnswer.FIELD,
                    missing ? "captcha.required" : "captcha.wrong"), true);
        }
        Optional<Account> account = find(key);
        boolean valid = account.isPresent()
                ? passwordHasher.verify(password, account.get().getPasswordHash())
                : passwordHasher.verifyNothing(password);
        if (!valid) {
            recordFailure(key);
            return SignInOutcome.failed(key, gate(key).captchaRequired());
        }
        LoginFailures record = em.find(LoginFailures.class, key.asString());
        if (record != null) {
            em.remove(record);
        }
        if (passwordHasher.needsRehash(account.get().getPasswordHash())) {
            // a hash from before Argon2id (or an older setting): replaced now that the password is known
            account.get().changePasswordHash(passwordHasher.hash(password));
        }
        return SignInOutcome.signedIn(new VerifiedCaller(account.get().getId(), account.get().getRole()));
    }

    private void recordFailure(LoginKey key) {
        Instant now = clock.instant();
        LoginFailures record = em.find(LoginFailures.class, key.asString(), LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = new LoginFailures(key.asString());
            record.recordFailure(now);
            try {
                em.persist(record);
                em.flush();
            } catch (PersistenceException e) {
                // another node recorded the first failure for this key at the same moment; one count is enough
                if (!Database.isUniqueViolation(e)) {
                    throw e;
                }
            }
        } else {
            record.recordFailure(now);
        }
    }

    public void forgetFailures(LoginKey key) {
        LoginFailures record = em.find(LoginFailures.class, key.asString());
        if (record != null) {
            em.remove(record);
        }
    }

    private Optional<Account> find(LoginKey key) {
        List<Account> found = key.isStaff()
                ? em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", key.username()).getResultList()
                : em.createNamedQuery(Account.BY_ID_DOCUMENT, Account.class)
                .setParameter("idType", key.idType()).setParameter("idNumber", key.idNumber()).getResultList();
        return found.stream()
                .filter(a -> key.isStaff() == a.getRole().isStaff())
                .findFirst();
    }

    /** Housekeeping: removes failure counters the throttle policy has forgotten anyway. */
    public int purgeForgottenFailures(Instant now) {
        return em.createNativeQuery("delete from login_failures where last_failure_at < ?")
                .setParameter(1, now.minus(ThrottlePolicy.FORGET_AFTER).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
