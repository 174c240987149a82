package com.baokao.account;

import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Database;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;

/** Creates accounts for reviewers, administrators and batch operators, who sign in with a username. */
@Stateless
public class StaffAccountService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    public AccountSummary create(AccountRole role, String username, String fullName, String email, String password) {
        String login = normaliseUsername(username);
        if (!login.matches("[a-z][a-z0-9._-]{2,31}")) {
            throw BaokaoException.at("username", "username.format");
        }
        PasswordPolicy.check(password, null);
        Account account = Account.staff(role, login, PersonName.normalise(fullName),
                email == null || email.isBlank() ? null : ContactDetails.email(email),
                passwordHasher.hash(password), clock.instant());
        Database.insertUnique(em, account, () -> BaokaoException.at("username", "username.duplicate"));
        return AccountSummary.of(account);
    }

    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
