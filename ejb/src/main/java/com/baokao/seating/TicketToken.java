package com.baokao.seating;

import com.baokao.platform.Hmac;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * What the admission ticket's QR code carries: the ticket number, the application, the exam session and the issue
 * version of the ticket, signed with HMAC-SHA256 ({@link Hmac}, as {@link com.baokao.payment.PaymentSignature}).
 * Reissuing a ticket raises its issue version, so the QR code of an earlier printout is {@link Verdict#SUPERSEDED}.
 *
 * <h2>Format (version 1)</h2>
 * base64url without padding of: one format byte {@code 0x01}; application id, session id and issue version as
 * unsigned LEB128 varints; the ticket number's length (one byte) and its ASCII characters; then the tag, the first
 * 16 bytes (128 bits) of HMAC-SHA256(key, {@code "baokao/ticket-token"} 0x00 || everything before the tag). The prefix
 * keeps these tags apart from anything else signed with the same key. A typical token is 56 characters (a QR code
 * of version 4 at error-correction level M), the longest possible 122 (version 7). Only the canonical encoding is
 * accepted. The token does not need to be secret: it names no person, and the verification page shows the photo.
 *
 * <p>The key (at least 16 bytes, e.g. {@code PlatformSecrets.key("ticket-token")}) comes from the caller.
 */
public record TicketToken(TicketNumber ticketNumber, long applicationId, long sessionId, int issueVersion) {

    /** How a scanned token compares to the ticket as it is now. */
    public enum Verdict {
        /** Signed by us and the ticket as it is now. */
        GENUINE,
        /** Not signed with the key, altered, truncated, or not a token at all. */
        FORGED,
        /** Signed by us for this ticket, but an earlier issue: the ticket has been reissued since. */
        SUPERSEDED,
        /** Signed by us, but for another ticket, application or session, or for an issue this ticket does not have. */
        OTHER_TICKET
    }

    private static final byte FORMAT = 1;
    private static final int TAG_BYTES = 16;
    private static final int MAX_TOKEN_CHARS = 200;
    private static final int MIN_KEY_BYTES = 16;
    private static final byte[] CONTEXT = "baokao/ticket-token\0".getBytes(StandardCharsets.US_ASCII);

    public TicketToken {
        if (ticketNumber == null) {
            throw new IllegalArgumentException("ticket number missing");
        }
        if (applicationId <= 0 || sessionId <= 0 || issueVersion <= 0) {
            throw new IllegalArgumentException("ids and issue version are positive: " + applicationId + ", " + sessionId
                    + ", " + issueVersion);
        }
    }

    /** The token for the QR code. */
    public String sign(byte[] key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(FORMAT);
        varint(out, applicationId);
        varint(out, sessionId);
        varint(out, issueVersion);
        byte[] number = ticketNumber.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(number.length);
        out.writeBytes(number);
        return encodeSigned(out.toByteArray(), key);
    }

    /** The ticket a token was signed for; empty unless it is well formed and signed with {@code key}. */
    public static Optional<TicketToken> read(String token, byte[] key) {
        checkKey(key);
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= TAG_BYTES || !Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(token)) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - TAG_BYTES);
        byte[] tag = Arrays.copyOfRange(bytes, bytes.length - TAG_BYTES, bytes.length);
        if (!Hmac.same(tag(payload, key), tag)) {
            return Optional.empty();
        }
        return decode(payload);
    }

    /** Whether {@code token} is a genuine token of {@code current}, the ticket as stored now. */
    public static Verdict verify(String token, byte[] key, TicketToken current) {
        Optional<TicketToken> read = read(token, key);
        if (read.isEmpty()) {
            return Verdict.FORGED;
        }
        TicketToken t = read.get();
        if (!t.ticketNumber.equals(current.ticketNumber) || t.applicationId != current.applicationId
                || t.sessionId != current.sessionId || t.issueVersion > current.issueVersion) {
            return Verdict.OTHER_TICKET;
        }
        return t.issueVersion < current.issueVersion ? Verdict.SUPERSEDED : Verdict.GENUINE;
    }

    /** {@code payload} followed by its tag, base64url without padding. */
    static String encodeSigned(byte[] payload, byte[] key) {
        checkKey(key);
        byte[] signed = Arrays.copyOf(payload, payload.length + TAG_BYTES);
        System.arraycopy(tag(payload, key), 0, signed, payload.length, TAG_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    private static Optional<TicketToken> decode(byte[] payload) {
        int[] at = {0};
        if (payload.length < 1 || payload[at[0]++] != FORMAT) {
            return Optional.empty();
        }
        long application = readVarint(payload, at);
        long session = readVarint(payload, at);
        long version = readVarint(payload, at);
        if (application <= 0 || session <= 0 || version <= 0 || version > Integer.MAX_VALUE || at[0] >= payload.length) {
            return Optional.empty();
        }
        int length = payload[at[0]++] & 0xff;
        if (at[0] + length != payload.length) {
            return Optional.empty();
        }
        String number = new String(payload, at[0], length, StandardCharsets.US_ASCII);
        return TicketNumber.tryParse(number).filter(n -> n.toString().equals(number))
                .map(n -> new TicketToken(n, application, session, (int) version));
    }

    private static byte[] tag(byte[] payload, byte[] key) {
        return Arrays.copyOf(Hmac.sha256(key, CONTEXT, payload), TAG_BYTES);
    }

    private static void checkKey(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a ticket token key has at least " + MIN_KEY_BYTES + " bytes");
        }
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    /** An unsigned LEB128 varint of at most 9 bytes (63 bits, the ids are positive longs); -1 when malformed. */
    private static long readVarint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (at[0] >= bytes.length) {
                return -1;
            }
            int b = bytes[at[0]++] & 0xff;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                // the shortest encoding only: no trailing zero groups
                return shift > 0 && b == 0 ? -1 : value;
            }
        }
        return -1;
    }
}
