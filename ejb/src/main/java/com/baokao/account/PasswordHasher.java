package com.baokao.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords are hashed with Argon2id at one of OWASP's recommended settings, which OWASP lists as equal in defence:
 * 7 MiB of memory, five passes, one lane (m=7168, t=5, p=1), a 16-byte random salt, a 32-byte hash, stored in the PHC
 * string format ({@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash}), which names its own parameters so another
 * setting later still verifies older hashes. Of OWASP's five equal settings this is the fastest here (measured with
 * the native library on the 2-core machine, two hashes at once: 105 a second against 82 for m=19456,t=2 and 11 for
 * m=47104,t=1; docs/benchmarks.md), and a crowd of sign-ins holds 7 MiB each instead of 19. Hashes made at the
 * earlier m=19456,t=2 verify and are replaced at the next sign-in. Measured on the 2-core machine (docs/benchmarks.md) it costs a fraction of the
 * PBKDF2-HMAC-SHA256 at 600,000 iterations Baokao used before, for the same OWASP standing.
 * <p>
 * The computation is the C reference implementation (argon2-jvm, which bundles it per platform and calls it through
 * JNA): about 21 ms a hash on this machine against 64 ms for Bouncy Castle's Java one, which is what lets two cores
 * sign in 50 candidates a second. Where the native library cannot load, Bouncy Castle computes the same bytes.
 * <p>
 * Hashes made before (Jakarta Security's PBKDF2 form, {@code PBKDF2WithHmacSHA256:600000:salt:hash}) still verify,
 * and {@link #needsRehash} tells the sign-in to store an Argon2id hash in their place.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MEMORY_KIB = 7_168;
    static final int ITERATIONS = 5;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getDecoder();

    static final Map<String, String> OWASP_PBKDF2 = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private final SecureRandom random = new SecureRandom();

    /** Verifies the hashes stored before Argon2id. */
    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when no account matches, so a wrong ID costs as much time as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        if (pbkdf2 != null) {
            pbkdf2.initialize(OWASP_PBKDF2);
        }
        decoy = hash("decoy-password-1");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        return PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null) {
            return false;
        }
        Matcher phc = PHC.matcher(storedHash);
        if (phc.matches()) {
            int memory = Integer.parseInt(phc.group(1));
            int iterations = Integer.parseInt(phc.group(2));
            int lanes = Integer.parseInt(phc.group(3));
            byte[] expected = B64_IN.decode(phc.group(5));
            byte[] actual = argon2(password, B64_IN.decode(phc.group(4)), memory, iterations, lanes);
            return expected.length == HASH_BYTES && MessageDigest.isEqual(expected, actual);
        }
        if (storedHash.startsWith("PBKDF2") && pbkdf2 != null) {
            return pbkdf2.verify(password.toCharArray(), storedHash);
        }
        return false;
    }

    /** True when {@code storedHash} is not Argon2id at today's setting: the sign-in then stores a new hash. */
    public boolean needsRehash(String storedHash) {
        return storedHash == null || !storedHash.startsWith(PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p="
                + PARALLELISM + "$");
    }

    /** Spends the time of one verification and answers false. */
    public boolean verifyNothing(String password) {
        verify(password, decoy);
        return false;
    }

    /**
     * Argon2id computations at once. Each holds its memory (7 MiB; 19 MiB at the earlier setting) until it ends: a registration-day crowd of
     * sign-ins on every HTTP thread at once ran the server out of heap (measured: OutOfMemoryError with 32 at once
     * on a 1 GiB heap). More at once than there are cores gains no throughput anyway, so the rest wait their turn.
     */
    static final int AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Semaphore COMPUTING = new Semaphore(AT_ONCE, true);
    private static final AtomicInteger RUNNING = new AtomicInteger();
    /** The most computations ever seen at once (for the test that holds the bound). */
    static final AtomicInteger PEAK = new AtomicInteger();

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int lanes) {
        COMPUTING.acquireUninterruptibly();
        try {
            PEAK.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            return argon2Now(password, salt, memoryKib, iterations, lanes);
        } finally {
            RUNNING.decrementAndGet();
            COMPUTING.release();
        }
    }

    /** The native Argon2id, or null where it could not load (then {@link #argon2InJava} computes). */
    private static final Argon2Advanced NATIVE = loadNative();

    private static Argon2Advanced loadNative() {
        try {
            Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
            argon2.rawHash(1, 8, 1, "probe".toCharArray(), StandardCharsets.UTF_8, new byte[SALT_BYTES]);
            return argon2;
        } catch (RuntimeException | LinkageError unavailable) {
            Logger.getLogger(PasswordHasher.class.getName()).log(Level.WARNING,
                    "Native Argon2 unavailable, hashing passwords in Java (about 3 x slower): {0}", unavailable.toString());
            return null;
        }
    }

    /** True when hashes are computed by the native library. */
    static boolean nativeArgon2() {
        return NATIVE != null;
    }

    private static byte[] argon2Now(String password, byte[] salt, int memoryKib, int iterations, int lanes) {
        if (NATIVE != null) {
            // the same bytes as argon2InJava: UTF-8 password, 32-byte hash, version 1.3 (the test compares them)
            return NATIVE.rawHash(iterations, memoryKib, lanes, password.toCharArray(), StandardCharsets.UTF_8, salt);
        }
        return argon2InJava(password, salt, memoryKib, iterations, lanes);
    }

    static byte[] argon2InJava(String password, byte[] salt, int memoryKib, int iterations, int lanes) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib).withIterations(iterations)
                .withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[HASH_BYTES];
        generator.generateBytes(password.toCharArray(), out);
        return out;
    }
}
