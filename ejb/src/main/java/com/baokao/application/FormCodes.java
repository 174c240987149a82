package com.baokao.application;

import com.baokao.platform.Database;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;

/** Remembers every code printed on a form, in its own transaction: two downloads at once may race for the key. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FormCodes {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    public void remember(String code, long applicationId) {
        if (em.find(FormCode.class, code) != null) {
            return;
        }
        try {
            em.persist(new FormCode(code, applicationId, clock.instant()));
            em.flush();
        } catch (PersistenceException e) {
            if (!Database.isUniqueViolation(e)) {
                throw e;
            }
            // the other download stored the same code: nothing is missing
        }
    }
}
