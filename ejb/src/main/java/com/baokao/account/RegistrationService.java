package com.baokao.account;

import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FormCheck;
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
        // every refused field at once, so a person (or a phone) corrects them in one go
        FormCheck check = new FormCheck();
        if (!form.agreementAccepted()) {
            check.refuse(BaokaoException.at("agreement", "agreement.required"));
        }
        String name = check.value(() -> PersonName.normalise(form.name()));
        LocalDate today = LocalDate.now(clock);
        IdDocument id = check.value(() -> IdDocument.parse(form.idType(), form.idNumber(), today));
        if (id != null) {
            Sex sex = id.sex() != null ? id.sex() : form.sex();
            LocalDate birthDate = id.birthDate() != null ? id.birthDate() : form.birthDate();
            if (sex == null) {
                check.refuse(BaokaoException.at("sex", "sex.required"));
            }
            if (birthDate == null || birthDate.isAfter(today) || birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
                check.refuse(BaokaoException.at("birthDate", "birthdate.invalid"));
            }
        }
        String phone = check.value(() -> ContactDetails.mobile(form.phone()));
        String email = check.value(() -> ContactDetails.email(form.email()));
        check.rule(() -> PasswordPolicy.check(form.password(), form.passwordRepeat()));
        check.done();
        Sex sex = id.sex() != null ? id.sex() : form.sex();
        LocalDate birthDate = id.birthDate() != null ? id.birthDate() : form.birthDate();

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
