package com.baokao.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for "this failure means the database is away" (restarting, unreachable, the pool cannot open a
 * connection), as opposed to a fault in Baokao: the API answers it with a 503 and Retry-After, the pages with a
 * sentence saying so, and neither logs a stack trace per request while it lasts. Looks along the whole cause chain
 * (EJB, JPA and pool wrappers) and SQLException's next-exception chain.
 */
public final class DatabaseOutage {

    /** SQL states of a lost or refused connection: class 08, and PostgreSQL's shutdown and start-up states. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");
    /** The application server's pool saying it cannot hand out a connection, known by name (no compile dependency). */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.ResourceException");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return search(thrown, seen);
    }

    /**
     * Of those, the ones where the database is there but every connection of the pool is busy for longer than the
     * pool lets a request wait (a burst, not an outage): the pool says "In-use connections equal max-pool-size and
     * expired max-wait-time". Such a request is worth repeating in seconds, not in a minute.
     */
    public static boolean poolExhausted(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("max-wait-time")) {
                return causedBy(thrown);
            }
        }
        return false;
    }

    private static boolean search(Throwable t, Map<Throwable, Boolean> seen) {
        for (; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || POOL_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state))) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && search(next, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
