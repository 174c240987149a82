package com.baokao.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketTokenTest {

    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) i;
        }
    }

    private static final TicketNumber NUMBER = TicketNumber.parse("HM2026B-50-00000001");
    private static final TicketToken TICKET = new TicketToken(NUMBER, 123_456, 7, 2);

    @Test
    void aKnownVectorIsStable() {
        // computed independently (python3): payload = 01 | varint 123456 | varint 7 | varint 2 | 0x13 "HM2026B-50-00000001";
        // tag = hmac.new(bytes(range(32)), b"baokao/ticket-token\0" + payload, sha256).digest()[:16];
        // token = urlsafe_b64encode(payload + tag) without '='
        assertThat(TICKET.sign(KEY)).isEqualTo("AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZl");
    }

    @Test
    void aGenuineTokenVerifiesAndReadsBack() {
        String token = TICKET.sign(KEY);
        assertThat(TicketToken.verify(token, KEY, TICKET)).isEqualTo(TicketToken.Verdict.GENUINE);
        assertThat(TicketToken.read(token, KEY)).contains(TICKET);
        assertThat(token).as("small enough for a small QR code").hasSizeLessThanOrEqualTo(64).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theLongestTicketNumberStillMakesACompactToken() {
        TicketToken longest = new TicketToken(new TicketNumber("ABCDEFGHIJ-KLMNOPQRS", "ABCDEFGHIJKLMNOPQRST", 99_999_999),
                Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);
        String token = longest.sign(KEY);
        assertThat(TicketToken.read(token, KEY)).contains(longest);
        assertThat(token.length()).isLessThanOrEqualTo(122); // 91 bytes, 122 characters: a QR code of version 7 at level M
    }

    @Test
    void alteringAnyByteOfTheTokenIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(TICKET.sign(KEY));
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] altered = bytes.clone();
                altered[i] ^= (byte) (1 << bit);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
                assertThat(TicketToken.verify(token, KEY, TICKET)).as("byte %d bit %d", i, bit).isEqualTo(TicketToken.Verdict.FORGED);
                assertThat(TicketToken.read(token, KEY)).isEmpty();
            }
        }
    }

    @Test
    void eachFieldChangedUnderTheOldSignatureIsRefused() {
        // the genuine tag (the last 16 bytes) after another ticket number, application, session or issue version
        byte[] genuineBytes = Base64.getUrlDecoder().decode(TICKET.sign(KEY));
        byte[] genuineTag = java.util.Arrays.copyOfRange(genuineBytes, genuineBytes.length - 16, genuineBytes.length);
        for (TicketToken other : new TicketToken[] {new TicketToken(TicketNumber.parse("HM2026B-50-00000002"), 123_456, 7, 2),
                new TicketToken(NUMBER, 123_457, 7, 2), new TicketToken(NUMBER, 123_456, 8, 2), new TicketToken(NUMBER, 123_456, 7, 3)}) {
            byte[] otherBytes = Base64.getUrlDecoder().decode(other.sign(KEY));
            System.arraycopy(genuineTag, 0, otherBytes, otherBytes.length - 16, 16);
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(otherBytes);
            assertThat(TicketToken.verify(forged, KEY, other)).as(other.toString()).isEqualTo(TicketToken.Verdict.FORGED);
            assertThat(TicketToken.read(forged, KEY)).isEmpty();
        }
    }

    @Test
    void anotherKeyIsRefused() {
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThat(TicketToken.verify(TICKET.sign(other), KEY, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
        assertThat(TicketToken.verify(TICKET.sign(KEY), other, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
    }

    @Test
    void aTokenOfAnEarlierIssueIsSupersededOnceTheTicketIsReissued() {
        String first = new TicketToken(NUMBER, 123_456, 7, 1).sign(KEY);
        assertThat(TicketToken.read(first, KEY)).as("the signature itself is genuine").isPresent();
        assertThat(TicketToken.verify(first, KEY, TICKET)).isEqualTo(TicketToken.Verdict.SUPERSEDED);
    }

    @Test
    void aGenuineTokenOfAnotherTicketOrOfALaterIssueIsNotThisTicket() {
        TicketToken current = TICKET;
        assertThat(TicketToken.verify(new TicketToken(NUMBER, 123_456, 7, 3).sign(KEY), KEY, current))
                .isEqualTo(TicketToken.Verdict.OTHER_TICKET);
        assertThat(TicketToken.verify(new TicketToken(NUMBER, 999, 7, 2).sign(KEY), KEY, current))
                .isEqualTo(TicketToken.Verdict.OTHER_TICKET);
        assertThat(TicketToken.verify(new TicketToken(NUMBER, 123_456, 8, 2).sign(KEY), KEY, current))
                .isEqualTo(TicketToken.Verdict.OTHER_TICKET);
        assertThat(TicketToken.verify(new TicketToken(TicketNumber.parse("HM2026B-50-00000009"), 123_456, 7, 2).sign(KEY), KEY,
                current)).isEqualTo(TicketToken.Verdict.OTHER_TICKET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "!!!!", "AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZl=",
            "AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZm", // last tag byte changed
            "AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZl ", "AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZ",
            "AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZlAA", "AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZl+",
            "AcDEBwcCE0hNMjAyNkItNTAtMDAwMDAwMDG6PKnz3lmx3Lmp99eIAOZl/", "A", "AA", "AAA", "AAAA"})
    void malformedTokensAreRefusedNotThrown(String token) {
        assertThat(TicketToken.verify(token, KEY, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
        assertThat(TicketToken.read(token, KEY)).isEmpty();
    }

    @Test
    void everyTruncationAndOverlongInputIsRefused() {
        String token = TICKET.sign(KEY);
        for (int n = 0; n < token.length(); n++) {
            assertThat(TicketToken.verify(token.substring(0, n), KEY, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
        }
        assertThat(TicketToken.verify(null, KEY, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
        assertThat(TicketToken.verify("A".repeat(100_000), KEY, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
    }

    @Test
    void aTokenWithAnUnknownFormatOrTrailingBytesIsRefusedEvenWhenSigned() {
        // rebuild a well-signed token with format byte 2: the format byte is signed too, so only a holder of the key
        // could make one, and this version of Baokao still refuses it
        byte[] bytes = Base64.getUrlDecoder().decode(TICKET.sign(KEY));
        byte[] payload = java.util.Arrays.copyOf(bytes, bytes.length - 16);
        payload[0] = 2;
        assertThat(TicketToken.verify(TicketToken.encodeSigned(payload, KEY), KEY, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length - 16 + 1);
        longer[longer.length - 1] = 0;
        assertThat(TicketToken.verify(TicketToken.encodeSigned(longer, KEY), KEY, TICKET)).isEqualTo(TicketToken.Verdict.FORGED);
    }

    @Test
    void keysAndFieldsAreChecked() {
        assertThatThrownBy(() -> TICKET.sign(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TICKET.sign(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketToken.verify(TICKET.sign(KEY), new byte[8], TICKET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketToken(NUMBER, 0, 7, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketToken(NUMBER, 1, -7, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketToken(NUMBER, 1, 7, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketToken(null, 1, 7, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
