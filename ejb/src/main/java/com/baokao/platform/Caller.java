package com.baokao.platform;

import jakarta.ejb.SessionContext;
import java.security.Principal;

/**
 * Who is calling, as an account id: the one place that reads a principal (an EJB's {@link SessionContext}, a page's
 * SecurityContext) as an account. The identity store makes the principal name the account id. A candidate's
 * services never take an account id as a parameter: they act for the signed-in caller, so one candidate cannot name
 * another's data.
 */
public final class Caller {

    private Caller() {
    }

    /** The signed-in caller's account; refused when the caller is not signed in with an account. */
    public static long accountId(SessionContext context) {
        Long id = accountIdOf(context.getCallerPrincipal());
        if (id == null) {
            throw new OutOfReachException("not signed in with an account");
        }
        return id;
    }

    /**
     * The account a principal stands for, or null: nobody signed in, the container's anonymous caller, or a principal
     * that is not one of our accounts (e.g. a run-as identity).
     */
    public static Long accountIdOf(Principal principal) {
        if (principal == null || principal.getName() == null) {
            return null;
        }
        try {
            long id = Long.parseLong(principal.getName());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
