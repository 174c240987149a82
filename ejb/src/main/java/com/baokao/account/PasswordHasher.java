package com.baokao.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Jakarta Security's PBKDF2 with OWASP's current recommendation for PBKDF2-HMAC-SHA256:
 * 600,000 iterations, a 16-byte random salt per password, a 32-byte key. The stored form names its
 * algorithm and iteration count, so a stronger setting later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> OWASP_PBKDF2 = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when no account matches, so a wrong ID costs as much time as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(OWASP_PBKDF2);
        decoy = pbkdf2.generate("decoy-password-1".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification and answers false. */
    public boolean verifyNothing(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
