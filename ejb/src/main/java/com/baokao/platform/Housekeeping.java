package com.baokao.platform;

import com.baokao.account.signin.ThrottlePolicy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Removes what has no use any more: reset codes a day after they expired, sign-in failure counters the
 * policy has forgotten, delivered outbox messages after {@link #KEEP_SENT_MESSAGES}, and the loaded statement lines
 * of fee reconciliations finished {@link #KEEP_STATEMENT_LINES} ago (a million a night; the run's report, its
 * differences and unreadable lines stay). Set-based deletes, safe to run twice or on two nodes at once.
 */
@Stateless
public class Housekeeping {

    public static final Duration KEEP_SENT_MESSAGES = Duration.ofDays(30);
    public static final Duration KEEP_STATEMENT_LINES = Duration.ofDays(60);

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    public record Purged(int resetCodes, int loginFailures, int outboxMessages, int statementLines) {
    }

    public Purged purge(Instant now) {
        int codes = em.createNativeQuery("delete from password_reset_code where expires_at < ?")
                .setParameter(1, utc(now.minus(Duration.ofDays(1)))).executeUpdate();
        int failures = em.createNativeQuery("delete from login_failures where last_failure_at < ?")
                .setParameter(1, utc(now.minus(ThrottlePolicy.FORGET_AFTER))).executeUpdate();
        int messages = em.createNativeQuery("delete from outbox_message where status = 'SENT' and sent_at < ?")
                .setParameter(1, utc(now.minus(KEEP_SENT_MESSAGES))).executeUpdate();
        int lines = em.createNativeQuery("delete from statement_line where run_id in (select id from reconciliation_run"
                        + " where status = 'DONE' and finished_at < ?)")
                .setParameter(1, utc(now.minus(KEEP_STATEMENT_LINES))).executeUpdate();
        return new Purged(codes, failures, messages, lines);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
