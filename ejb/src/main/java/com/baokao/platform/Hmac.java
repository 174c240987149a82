package com.baokao.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's one keyed hash, HMAC-SHA256 (javax.crypto): the payment protocol's signatures, the verification
 * codes of registration forms and receipts, the admission tickets' tokens. What each signs, and how the tag is
 * written down, stays with them; a tag someone hands back is compared with {@link #same}, in constant time.
 */
public final class Hmac {

    public static final String ALGORITHM = "HmacSHA256";

    private Hmac() {
    }

    /** HMAC-SHA256 with {@code key} of the parts one after another, as if they were one array. */
    public static byte[] sha256(byte[] key, byte[]... parts) {
        Mac mac;
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e); // every Java runtime has HmacSHA256
        }
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }

    /**
     * Whether a tag handed back is the expected one, taking the same time wherever they differ: an early exit would
     * tell a forger how many leading bytes were right.
     */
    public static boolean same(byte[] expected, byte[] given) {
        return expected != null && given != null && MessageDigest.isEqual(expected, given);
    }

    /** {@link #same(byte[], byte[])} for tags written as text (hex, base32). */
    public static boolean same(String expected, String given) {
        return expected != null && given != null
                && same(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
