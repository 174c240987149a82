package com.baokao.account.token;

import com.baokao.account.AccountRole;
import com.baokao.platform.Database;
import com.baokao.platform.PlatformSecrets;
import com.baokao.platform.Sha256;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The phone client's signed-in sessions. Signing in opens a token family; each refresh uses up its refresh token and
 * hands out the next one in the family. A refresh token presented a second time means two parties hold it (a stolen
 * copy): the whole family is revoked, the thief's and the owner's tokens alike. Signing out revokes one family, a
 * password change all of an account's. Access tokens name their family, so a revoked one stops working at once.
 */
@Stateless
public class ApiTokens {

    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    static final String SIGNING_KEY = "api.access-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a family was revoked, kept for the audit of a stolen token. */
    public enum Revocation { SIGNED_OUT, PASSWORD_CHANGED, REFRESH_REUSED }

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    PlatformSecrets secrets;

    @Inject
    Clock clock;

    /** Opens a signed-in session for a caller whose password (and CAPTCHA, if needed) was just checked. */
    public TokenPair signIn(long accountId, AccountRole role) {
        Instant now = clock.instant();
        String family = UUID.randomUUID().toString();
        em.createNativeQuery("insert into api_token_family (id, account_id, created_at) values (?1, ?2, ?3)")
                .setParameter(1, family).setParameter(2, accountId).setParameter(3, at(now)).executeUpdate();
        return pair(new TokenCaller(accountId, role, family), now);
    }

    /**
     * The next pair for a refresh token, or empty when it is unknown, expired, of a revoked sign-in, or already used
     * (then the family is revoked as well, in this same transaction, which commits: nothing is thrown).
     */
    public Optional<TokenPair> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Sha256.hex(refreshToken.strip());
        List<?> rows = em.createNativeQuery("select t.family_id, t.expires_at, f.account_id, f.revoked_at, a.role"
                        + " from api_refresh_token t join api_token_family f on f.id = t.family_id"
                        + " join account a on a.id = f.account_id where t.token_hash = ?1")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        String family = (String) row[0];
        if (row[3] != null || !now.isBefore(Database.instant(row[1]))) {
            return Optional.empty();
        }
        // the conditional update decides between two refreshes with one token: only one of them finds it unused
        int claimed = em.createNativeQuery(
                        "update api_refresh_token set used_at = ?1 where token_hash = ?2 and used_at is null")
                .setParameter(1, at(now)).setParameter(2, hash).executeUpdate();
        if (claimed == 0) {
            revoke(family, Revocation.REFRESH_REUSED, now);
            return Optional.empty();
        }
        long accountId = ((Number) row[2]).longValue();
        return Optional.of(pair(new TokenCaller(accountId, AccountRole.valueOf((String) row[4]), family), now));
    }

    /** The caller an access token speaks for, if it is valid and its sign-in has not been revoked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenCaller> verify(String accessToken) {
        Optional<TokenCaller> caller = AccessTokens.read(secrets.key(SIGNING_KEY), accessToken, clock.instant());
        if (caller.isEmpty()) {
            return caller;
        }
        List<?> live = em.createNativeQuery(
                        "select 1 from api_token_family where id = ?1 and account_id = ?2 and revoked_at is null")
                .setParameter(1, caller.get().familyId()).setParameter(2, caller.get().accountId())
                .getResultList();
        return live.isEmpty() ? Optional.empty() : caller;
    }

    /** Signs one phone out: its access and refresh tokens stop working. */
    public void signOut(TokenCaller caller) {
        em.createNativeQuery("update api_token_family set revoked_at = ?1, revoked_reason = ?2"
                        + " where id = ?3 and account_id = ?4 and revoked_at is null")
                .setParameter(1, at(clock.instant())).setParameter(2, Revocation.SIGNED_OUT.name())
                .setParameter(3, caller.familyId()).setParameter(4, caller.accountId()).executeUpdate();
    }

    /** Signs every phone of an account out (its password changed); returns how many sign-ins ended. */
    public int revokeAll(long accountId, Revocation reason) {
        return em.createNativeQuery("update api_token_family set revoked_at = ?1, revoked_reason = ?2"
                        + " where account_id = ?3 and revoked_at is null")
                .setParameter(1, at(clock.instant())).setParameter(2, reason.name()).setParameter(3, accountId)
                .executeUpdate();
    }

    /** Forgets refresh tokens that expired, and sign-ins with none left; returns how many tokens went. */
    public int purgeExpired(Instant now) {
        int tokens = em.createNativeQuery("delete from api_refresh_token where expires_at < ?1")
                .setParameter(1, at(now)).executeUpdate();
        em.createNativeQuery("delete from api_token_family f where f.created_at < ?1 and not exists"
                        + " (select 1 from api_refresh_token t where t.family_id = f.id)")
                .setParameter(1, at(now.minus(REFRESH_LIFETIME))).executeUpdate();
        return tokens;
    }

    private void revoke(String family, Revocation reason, Instant now) {
        em.createNativeQuery("update api_token_family set revoked_at = ?1, revoked_reason = ?2"
                        + " where id = ?3 and revoked_at is null")
                .setParameter(1, at(now)).setParameter(2, reason.name()).setParameter(3, family).executeUpdate();
    }

    private TokenPair pair(TokenCaller caller, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into api_refresh_token (token_hash, family_id, issued_at, expires_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, Sha256.hex(refresh)).setParameter(2, caller.familyId()).setParameter(3, at(now))
                .setParameter(4, at(now.plus(REFRESH_LIFETIME))).executeUpdate();
        String access = AccessTokens.issue(secrets.key(SIGNING_KEY), caller, now);
        return new TokenPair(access, AccessTokens.LIFETIME.toSeconds(), refresh, REFRESH_LIFETIME.toSeconds());
    }


    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
