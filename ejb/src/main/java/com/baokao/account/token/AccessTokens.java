package com.baokao.account.token;

import com.baokao.account.AccountRole;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The phone client's access token: a JWT (RFC 7519) signed with HS256 under a platform secret, carrying the claims
 * MicroProfile JWT names ({@code upn}, {@code groups}) plus the sign-in it belongs to ({@code sid}), so that signing
 * out revokes it before it expires. Pure: the key and the time are given.
 */
public final class AccessTokens {

    public static final String ISSUER = "baokao";
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    /** A phone's clock may be off; the server's is not, but nodes may differ by a moment. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private AccessTokens() {
    }

    /** A signed token for the caller's sign-in {@code familyId}, good for {@link #LIFETIME} from {@code now}. */
    public static String issue(byte[] key, TokenCaller caller, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(caller.accountId()))
                .claim("upn", Long.toString(caller.accountId()))
                .claim("groups", List.of(caller.role().name()))
                .claim("sid", caller.familyId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("the platform's token key is unusable", e);
        }
        return jwt.serialize();
    }

    /**
     * The caller a token names, if it is one of ours: well formed, HS256, signed with {@code key}, issued by Baokao
     * and not expired at {@code now}. Whether its sign-in was revoked meanwhile is for the caller to ask.
     */
    public static Optional<TokenCaller> read(byte[] key, String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || expires == null
                    || !now.isBefore(expires.toInstant().plus(CLOCK_SKEW))) {
                return Optional.empty();
            }
            List<String> groups = claims.getStringListClaim("groups");
            String family = claims.getStringClaim("sid");
            if (groups == null || groups.size() != 1 || family == null) {
                return Optional.empty();
            }
            return Optional.of(new TokenCaller(Long.parseLong(claims.getSubject()),
                    AccountRole.valueOf(groups.get(0)), family));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            // not a JWT, tampered, or a claim of the wrong type: not one of ours
            return Optional.empty();
        }
    }
}
