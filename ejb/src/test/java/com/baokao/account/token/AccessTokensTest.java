package com.baokao.account.token;

import com.baokao.account.AccountRole;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final TokenCaller CALLER = new TokenCaller(42, AccountRole.CANDIDATE, "family-1");

    @Test
    void aTokenReadsBackAsItsCallerWhileItLasts() {
        String token = AccessTokens.issue(KEY, CALLER, NOW);
        assertThat(AccessTokens.read(KEY, token, NOW)).contains(CALLER);
        assertThat(AccessTokens.read(KEY, token, NOW.plus(AccessTokens.LIFETIME).minusSeconds(1))).contains(CALLER);
    }

    @Test
    void anExpiredTokenIsRefusedAfterTheAllowedClockSkew() {
        String token = AccessTokens.issue(KEY, CALLER, NOW);
        Instant expiry = NOW.plus(AccessTokens.LIFETIME);
        assertThat(AccessTokens.read(KEY, token, expiry.plus(AccessTokens.CLOCK_SKEW).minusSeconds(1))).isPresent();
        assertThat(AccessTokens.read(KEY, token, expiry.plus(AccessTokens.CLOCK_SKEW))).isEmpty();
        assertThat(AccessTokens.read(KEY, token, NOW.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void anotherKeyATamperedClaimOrAnUnsignedTokenIsRefused() {
        String token = AccessTokens.issue(KEY, CALLER, NOW);
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        assertThat(AccessTokens.read(otherKey, token, NOW)).isEmpty();

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"42\"", "\"43\"").getBytes(StandardCharsets.UTF_8));
        assertThat(AccessTokens.read(KEY, parts[0] + "." + promoted + "." + parts[2], NOW)).isEmpty();

        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(AccessTokens.read(KEY, none + "." + parts[1] + ".", NOW)).isEmpty();
    }

    @Test
    void garbageIsNotAToken() {
        assertThat(AccessTokens.read(KEY, null, NOW)).isEmpty();
        assertThat(AccessTokens.read(KEY, "", NOW)).isEmpty();
        assertThat(AccessTokens.read(KEY, "not.a.jwt", NOW)).isEmpty();
        assertThat(AccessTokens.read(KEY, "x".repeat(5000), NOW)).isEmpty();
    }
}
