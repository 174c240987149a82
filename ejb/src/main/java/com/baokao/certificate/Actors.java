package com.baokao.certificate;

import com.baokao.account.Account;
import com.baokao.platform.Caller;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.security.Principal;

/** Who did it, as a person reads it on the desk's record: the staff username (or name), else the principal. */
final class Actors {

    private Actors() {
    }

    static String name(EntityManager em, SessionContext context) {
        Principal principal = context.getCallerPrincipal();
        Long id = Caller.accountIdOf(principal);
        Account account = id == null ? null : em.find(Account.class, id);
        String name = account == null ? (principal == null ? "system" : principal.getName())
                : account.getUsername() != null ? account.getUsername() : account.getFullName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
