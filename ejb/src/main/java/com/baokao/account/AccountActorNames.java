package com.baokao.account;

import com.baokao.audit.ActorNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The audit trail's actor names: a staff member by username, a candidate by full name. */
@ApplicationScoped
public class AccountActorNames implements ActorNames {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Override
    public Optional<String> nameOf(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return Optional.empty();
        }
        return Optional.of(account.displayName());
    }
}
