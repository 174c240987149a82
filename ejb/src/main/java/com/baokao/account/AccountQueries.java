package com.baokao.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Read side of accounts for pages and the REST API. */
@Stateless
public class AccountQueries {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    public Optional<AccountSummary> byId(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).map(AccountSummary::of);
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }
}
