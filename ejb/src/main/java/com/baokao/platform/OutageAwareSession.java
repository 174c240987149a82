package com.baokao.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a failed read three times, five seconds apart, when it sees a communication failure: with the
 * database away, a page or API call then hangs ten seconds and more before it can say so. The server's pool already
 * checks each connection it hands out (DatabaseMigrator), so one immediate retry is enough to step over a connection
 * that died a moment ago; beyond that the caller gets {@link DatabaseOutage}'s sentence at once.
 */
public class OutageAwareSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
