package com.baokao.account;

import com.baokao.account.signin.LoginKey;
import com.baokao.account.signin.SignInService;
import com.baokao.account.token.ApiTokens;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Caller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * A signed-in candidate changes the password, proving the current one. Every phone signed in with the old password is
 * signed out: a password is changed because someone else may know it.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class PasswordChange {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    PasswordHasher passwordHasher;

    @EJB
    SignInService signIn;

    @EJB
    ApiTokens tokens;

    public void change(String currentPassword, String newPassword, String repeated) {
        PasswordPolicy.check(newPassword, repeated);
        Account account = em.find(Account.class, Caller.accountId(context), LockModeType.PESSIMISTIC_WRITE);
        if (currentPassword == null || !passwordHasher.verify(currentPassword, account.getPasswordHash())) {
            throw BaokaoException.at("currentPassword", "password.current.wrong");
        }
        account.changePasswordHash(passwordHasher.hash(newPassword));
        signIn.forgetFailures(LoginKey.candidate(account.getIdType(), account.getIdNumber()));
        tokens.revokeAll(account.getId(), ApiTokens.Revocation.PASSWORD_CHANGED);
    }
}
