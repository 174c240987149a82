package com.baokao.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Requests sent with an {@code Idempotency-Key} (a phone retrying over a flaky network): the first one is done and
 * its result kept, in the same transaction as the work itself, so that a key is used up exactly when the work is
 * done. Two copies racing meet at the primary key: the second waits for the first and then fails, and its retry
 * finds the kept result. A key reused for a different request is refused, not answered with another's result.
 */
@Stateless
public class IdempotentRequests {

    /** How long a result is kept for a retry. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    /** The answer given the first time: HTTP status and body. */
    public record Result(int status, String body) {
    }

    /** What became of a keyed request: done now, done before (same request), or the key was used for another. */
    public record Outcome(Result result, boolean replayed, boolean keyReused) {
    }

    /** The result kept for this caller's key, if any, and whether it was for the same request. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Outcome> earlier(String caller, String key, String operation, String requestHash) {
        List<?> rows = em.createNativeQuery("select operation, request_hash, status, body from idempotent_request"
                        + " where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        boolean same = operation.equals(row[0]) && requestHash.equals(row[1]);
        Result result = new Result(((Number) row[2]).intValue(), (String) row[3]);
        return Optional.of(new Outcome(result, true, !same));
    }

    /**
     * Does {@code work} and keeps its result under the key, both in one transaction: if the work is refused, the
     * key stays unused. Call {@link #earlier} first; a concurrent twin makes this fail on the key, after which
     * {@link #earlier} finds the twin's result.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Result doOnce(String caller, String key, String operation, String requestHash, Supplier<Result> work) {
        // the key first: a twin in flight holds the row, so this waits for it instead of doing the work twice
        em.createNativeQuery("insert into idempotent_request"
                        + " (caller, idempotency_key, operation, request_hash, status, body, created_at)"
                        + " values (?1, ?2, ?3, ?4, 0, null, ?5)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, operation).setParameter(4, requestHash)
                .setParameter(5, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        Result result = work.get();
        em.createNativeQuery("update idempotent_request set status = ?1, body = ?2"
                        + " where caller = ?3 and idempotency_key = ?4")
                .setParameter(1, result.status()).setParameter(2, result.body()).setParameter(3, caller)
                .setParameter(4, key).executeUpdate();
        return result;
    }

    /**
     * Does a write sent without a key together with its answer (the read-back the client is shown) in one
     * transaction, as {@link #doOnce} does for a keyed one: when the answer cannot be made (the connection pool busy
     * at the peak), the write is undone with it, so a client is never told "failed" about a write that was stored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public <T> T doUnkeyed(Supplier<T> work) {
        return work.get();
    }

    /** Forgets results older than {@link #KEPT_FOR}; returns how many went. */
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from idempotent_request where created_at < ?1")
                .setParameter(1, now.minus(KEPT_FOR).atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
