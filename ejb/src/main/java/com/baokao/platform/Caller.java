package com.baokao.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import java.security.Principal;

/**
 * Who is calling an EJB. A candidate's services never take an account id as a parameter: they act for the
 * signed-in caller (principal name = account id), so one candidate cannot name another's data.
 */
public final class Caller {

    private Caller() {
    }

    public static long accountId(SessionContext context) {
        Principal principal = context.getCallerPrincipal();
        try {
            return Long.parseLong(principal.getName());
        } catch (RuntimeException e) {
            throw new EJBAccessException("not signed in with an account");
        }
    }
}
