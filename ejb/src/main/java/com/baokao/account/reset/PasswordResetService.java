package com.baokao.account.reset;

import com.baokao.account.Account;
import com.baokao.account.IdDocument;
import com.baokao.account.IdType;
import com.baokao.account.PasswordHasher;
import com.baokao.account.PasswordPolicy;
import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.account.signin.LoginKey;
import com.baokao.account.signin.SignInService;
import com.baokao.account.token.ApiTokens;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.notification.Notifier;
import com.baokao.notification.OutgoingMessage;
import com.baokao.platform.Hmac;
import com.baokao.platform.Sha256;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Forgotten password (seed 002: the e-mail given at registration recovers it). A 6-digit one-time code,
 * valid for {@link #VALIDITY}, single use, dead after {@link #MAX_WRONG_GUESSES} wrong guesses, sent
 * through the {@link Notifier}. Asking for a code never reveals whether an account exists.
 */
@Stateless
public class PasswordResetService {

    public static final Duration VALIDITY = Duration.ofMinutes(15);
    public static final int MAX_WRONG_GUESSES = 5;
    /** At most this many codes per account per hour, so nobody can flood a mailbox. */
    public static final int MAX_CODES_PER_HOUR = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    PasswordHasher passwordHasher;

    @EJB
    SignInService signIn;

    @EJB
    ApiTokens tokens;

    @Inject
    Clock clock;

    /**
     * A visitor asking for a code, from any front end: the picture CAPTCHA must be answered first, so nobody can
     * probe accounts or flood mailboxes by script. Then as {@link #requestCode(IdType, String, String, Locale)}.
     */
    public void requestCode(IdType idType, String idNumber, String email, Locale locale, CaptchaAnswer captcha) {
        CaptchaAnswer.require(captcha, clock.instant());
        requestCode(idType, idNumber, email, locale);
    }

    /**
     * Sends a code when the ID and e-mail match an account; otherwise does nothing, and the caller
     * shows the same answer either way. No CAPTCHA: for trusted callers only (tests), never a visitor's form.
     */
    public void requestCode(IdType idType, String idNumber, String email, Locale locale) {
        Optional<Account> account = candidate(idType, idNumber)
                .filter(a -> a.getEmail() != null && email != null && a.getEmail().equalsIgnoreCase(email.strip()));
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long recent = em.createQuery("select count(c) from PasswordResetCode c where c.accountId = :a and c.createdAt > :since",
                        Long.class)
                .setParameter("a", account.get().getId()).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_CODES_PER_HOUR) {
            throw new BaokaoException("reset.too-many-codes");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new PasswordResetCode(account.get().getId(), Sha256.hex(code), now, now.plus(VALIDITY)));
        notifier.send(OutgoingMessage.email(account.get().getEmail(),
                UserMessages.format(locale, "reset.mail.subject"),
                UserMessages.format(locale, "reset.mail.body", account.get().getFullName(), code, VALIDITY.toMinutes())));
    }

    /** How long the one-time code handed to a candidate registered at a desk stays valid. */
    public static final Duration DESK_VALIDITY = Duration.ofDays(7);

    /**
     * A candidate whose account a desk operator opened (现场报名) sets their own password later with a one-time code,
     * handed to them on paper at the desk (and sent to their e-mail): the same single-use, guess-limited code as a
     * forgotten password's, valid for {@link #DESK_VALIDITY}. Until then nobody knows a password. Returns the code.
     */
    public String issueDeskCode(long accountId, Locale locale) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole() != com.baokao.account.AccountRole.CANDIDATE) {
            throw new BaokaoException("catalogue.not.found");
        }
        Instant now = clock.instant();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new PasswordResetCode(account.getId(), Sha256.hex(code), now, now.plus(DESK_VALIDITY)));
        if (account.getEmail() != null) {
            notifier.send(OutgoingMessage.email(account.getEmail(), UserMessages.format(locale, "reset.mail.subject"),
                    UserMessages.format(locale, "reset.mail.body", account.getFullName(), code, DESK_VALIDITY.toMinutes())));
        }
        return code;
    }

    /**
     * Sets a new password when {@code code} is the latest code sent for the account, unused and unexpired.
     * Earlier codes die when a newer one is sent.
     */
    public void resetPassword(IdType idType, String idNumber, String code, String newPassword, String repeated) {
        PasswordPolicy.check(newPassword, repeated);
        Account account = candidate(idType, idNumber).orElseThrow(() -> BaokaoException.at("code", "reset.code.wrong"));
        List<PasswordResetCode> codes = em.createNamedQuery(PasswordResetCode.LATEST_FOR_ACCOUNT, PasswordResetCode.class)
                .setParameter("accountId", account.getId()).setMaxResults(1).getResultList();
        if (codes.isEmpty()) {
            throw BaokaoException.at("code", "reset.code.wrong");
        }
        PasswordResetCode latest = em.find(PasswordResetCode.class, codes.get(0).getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        String typed = code == null ? "" : code.strip();
        if (!Hmac.same(Sha256.hex(typed), latest.getCodeHash())) {
            if (!latest.isUsed() && latest.getFailedAttempts() < MAX_WRONG_GUESSES) {
                latest.recordFailedAttempt();
                // the wrong guess must be counted even though the call fails: commit it, then say no
                em.flush();
                throw new WrongResetCodeException();
            }
            throw BaokaoException.at("code", "reset.code.wrong");
        }
        if (latest.isUsed()) {
            throw BaokaoException.at("code", "reset.code.used");
        }
        if (latest.isExpired(now)) {
            throw BaokaoException.at("code", "reset.code.expired");
        }
        if (latest.getFailedAttempts() >= MAX_WRONG_GUESSES) {
            throw BaokaoException.at("code", "reset.code.exhausted");
        }
        latest.markUsed(now);
        account.changePasswordHash(passwordHasher.hash(newPassword));
        signIn.forgetFailures(LoginKey.candidate(account.getIdType(), account.getIdNumber()));
        // whoever knew the old password may hold a phone's sign-in: end them all
        tokens.revokeAll(account.getId(), ApiTokens.Revocation.PASSWORD_CHANGED);
    }

    private Optional<Account> candidate(IdType idType, String idNumber) {
        return em.createNamedQuery(Account.BY_ID_DOCUMENT, Account.class)
                .setParameter("idType", idType == null ? IdType.RESIDENT_ID : idType)
                .setParameter("idNumber", IdDocument.normaliseNumber(idNumber))
                .getResultList().stream().findFirst();
    }


    /** Housekeeping: removes reset codes a day after they expired (set-based, safe to run twice or on two nodes). */
    public int purgeExpiredCodes(Instant now) {
        return em.createNativeQuery("delete from password_reset_code where expires_at < ?")
                .setParameter(1, now.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
