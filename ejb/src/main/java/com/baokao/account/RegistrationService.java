package com.baokao.account;

import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Database;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Opens a candidate's real-name account. One account per (ID type, ID number): checked first for a
 * friendly answer, and enforced by the database's unique key, so two registrations arriving at the
 * same moment cannot both succeed.
 */
@Stateless
public class RegistrationService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    /**
     * A visitor registering themselves, from any front end: the picture CAPTCHA must be answered first, so no script
     * opens accounts in bulk.
     */
    public AccountSummary register(RegistrationForm form, CaptchaAnswer captcha) {
        CaptchaAnswer.require(captcha, clock.instant());
        return register(form);
    }

    /** Opens the account without a CAPTCHA: for trusted callers only (demo data, tests), never a visitor's form. */
    public AccountSummary register(RegistrationForm form) {
        if (!form.agreementAccepted()) {
            throw BaokaoException.at("agreement", "agreement.required");
        }
        String name = PersonName.normalise(form.name());
        LocalDate today = LocalDate.now(clock);
        IdDocument id = IdDocument.parse(form.idType(), form.idNumber(), today);
        Sex sex = id.sex() != null ? id.sex() : form.sex();
        LocalDate birthDate = id.birthDate() != null ? id.birthDate() : form.birthDate();
        if (sex == null) {
            throw BaokaoException.at("sex", "sex.required");
        }
        if (birthDate == null || birthDate.isAfter(today) || birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
            throw BaokaoException.at("birthDate", "birthdate.invalid");
        }
        String phone = ContactDetails.mobile(form.phone());
        String email = ContactDetails.email(form.email());
        PasswordPolicy.check(form.password(), form.passwordRepeat());

        if (!em.createNamedQuery(Account.BY_ID_DOCUMENT, Account.class)
                .setParameter("idType", id.type()).setParameter("idNumber", id.number())
                .getResultList().isEmpty()) {
            throw BaokaoException.at(ResidentIdNumber.FIELD, "account.duplicate");
        }
        Account account = Account.candidate(id.type(), id.number(), name, sex, birthDate, phone, email,
                passwordHasher.hash(form.password()), clock.instant());
        Database.insertUnique(em, account, () -> BaokaoException.at(ResidentIdNumber.FIELD, "account.duplicate"));
        return AccountSummary.of(account);
    }
}
