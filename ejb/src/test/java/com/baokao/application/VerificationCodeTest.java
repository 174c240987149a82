package com.baokao.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The registration form's code: stable for the same content, different after any change, unforgeable without the key. */
class VerificationCodeTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> FORM = List.of("HM2026B", "张𠮷明", "320104198012238545", "三级", "T 理论知识", "photo-sha");

    @Test
    void theSameContentGivesTheSameReadableCode() {
        String code = VerificationCode.of(KEY, FORM);
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(VerificationCode.of(KEY, new ArrayList<>(FORM))).isEqualTo(code);
    }

    @Test
    void printedCodesStayValid() {
        // forms and receipts already printed carry these: the code of the same content must never change
        assertThat(VerificationCode.of(KEY, FORM)).isEqualTo("THSY-ECJM-Q8JS");
        assertThat(VerificationCode.of(KEY, withPart(3, null))).isEqualTo("958W-YE5H-5XN8");
    }

    @Test
    void anyEditChangesTheCode() {
        String code = VerificationCode.of(KEY, FORM);
        for (int i = 0; i < FORM.size(); i++) {
            List<String> edited = new ArrayList<>(FORM);
            edited.set(i, edited.get(i) + "x");
            assertThat(VerificationCode.of(KEY, edited)).as("part " + i).isNotEqualTo(code);
        }
        List<String> moved = new ArrayList<>(FORM);
        moved.set(0, "HM2026");
        moved.set(1, "B张𠮷明"); // same characters, different fields
        assertThat(VerificationCode.of(KEY, moved)).isNotEqualTo(code);
        List<String> blank = new ArrayList<>(FORM);
        blank.set(3, null);
        assertThat(VerificationCode.of(KEY, blank)).isNotEqualTo(VerificationCode.of(KEY, withPart(3, "")));
    }

    @Test
    void anotherKeyGivesAnotherCode() {
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThat(VerificationCode.of(other, FORM)).isNotEqualTo(VerificationCode.of(KEY, FORM));
    }

    @Test
    void typedCodesAreNormalised() {
        String code = VerificationCode.of(KEY, FORM);
        assertThat(VerificationCode.normalise(code.toLowerCase().replace("-", " "))).isEqualTo(code);
        assertThat(VerificationCode.normalise("o1il-0000-0000")).isEqualTo("0111-0000-0000");
    }

    private static List<String> withPart(int index, String value) {
        List<String> parts = new ArrayList<>(FORM);
        parts.set(index, value);
        return parts;
    }
}
