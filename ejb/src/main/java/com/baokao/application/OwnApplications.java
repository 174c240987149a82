package com.baokao.application;

import com.baokao.platform.OutOfReachException;
import com.baokao.platform.Caller;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/**
 * The one check that an application a candidate names is theirs. Another candidate's application looks exactly like
 * a missing one, so ids cannot be probed.
 */
public final class OwnApplications {

    private OwnApplications() {
    }

    public static Application own(EntityManager em, SessionContext context, long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || application.getAccountId() != Caller.accountId(context)) {
            throw new OutOfReachException("no such application");
        }
        return application;
    }
}
