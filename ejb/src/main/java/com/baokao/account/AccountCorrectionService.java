package com.baokao.account;

import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.platform.Database;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Corrects a candidate's fixed account field (name, ID number, phone, e-mail) on presented proof (seed
 * 002). The new value passes the same rules as at registration, the reason is required, and the audit
 * trail keeps the old value, the new one and the reason, in the same transaction.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountCorrectionService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<AccountSummary> findCandidate(IdType idType, String idNumber) {
        return em.createNamedQuery(Account.BY_ID_DOCUMENT, Account.class)
                .setParameter("idType", idType == null ? IdType.RESIDENT_ID : idType)
                .setParameter("idNumber", IdDocument.normaliseNumber(idNumber))
                .getResultList().stream().findFirst().map(AccountSummary::of);
    }

    public AccountSummary correct(long accountId, CorrectableField field, String newValue, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 4) {
            throw BaokaoException.at("reason", "correction.reason.required");
        }
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole().isStaff()) {
            throw new BaokaoException("catalogue.not.found");
        }
        String before;
        String after;
        switch (field) {
            case NAME -> {
                before = account.getFullName();
                account.correctName(PersonName.normalise(newValue));
                after = account.getFullName();
            }
            case ID_NUMBER -> {
                before = account.getIdNumber();
                account.correctIdDocument(IdDocument.parse(account.getIdType(), newValue, LocalDate.now(clock)));
                after = account.getIdNumber();
            }
            case PHONE -> {
                before = account.getPhone();
                account.correctPhone(ContactDetails.mobile(newValue));
                after = account.getPhone();
            }
            case EMAIL -> {
                before = account.getEmail();
                account.correctEmail(ContactDetails.email(newValue));
                after = account.getEmail();
            }
            default -> throw new IllegalArgumentException(String.valueOf(field));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Database.isUniqueViolation(e)) {
                throw BaokaoException.at("value", "account.duplicate");
            }
            throw e;
        }
        audit.record("account.corrected", "Account", accountId, field + ": " + before + " -> " + after + "; reason: " + why);
        return AccountSummary.of(account);
    }
}
