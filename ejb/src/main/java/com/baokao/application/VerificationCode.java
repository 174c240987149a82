package com.baokao.application;

import com.baokao.platform.Hmac;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The registration form's verification code: a keyed hash (HMAC-SHA256) of everything the form prints. Any
 * change to the application, the profile data or the photo gives a new code, so a reviewer comparing the
 * printout's code with the current one detects a stale print; without the key nobody can make up a code.
 * Twelve characters of Crockford base32 (no I, L, O, U: nothing to misread when typed), shown as XXXX-XXXX-XXXX.
 */
public final class VerificationCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private VerificationCode() {
    }

    public static String of(byte[] key, List<String> printedContent) {
        byte[][] parts = new byte[2 * printedContent.size()][];
        int n = 0;
        for (String part : printedContent) {
            byte[] bytes = (part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8);
            // length prefix: ("ab","c") and ("a","bc") must not hash alike
            parts[n++] = ByteBuffer.allocate(4).putInt(bytes.length).array();
            parts[n++] = bytes;
        }
        byte[] digest = Hmac.sha256(key, parts);
        StringBuilder code = new StringBuilder(14);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)]);
        }
        return code.toString();
    }

    /** What a reviewer typed, in the printed form: upper case, misreadable letters mapped, dashes put back. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != 12) {
            return plain;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }
}
