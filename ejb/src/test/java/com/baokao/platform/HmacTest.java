package com.baokao.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HmacTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void isHmacSha256AsRfc4231Gives() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        assertThat(HexFormat.of().formatHex(Hmac.sha256(key, ascii("Hi There"))))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        assertThat(HexFormat.of().formatHex(Hmac.sha256(ascii("Jefe"), ascii("what do ya want for nothing?"))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void partsAreSignedAsOneMessage() {
        byte[] key = ascii("Jefe");
        assertThat(Hmac.sha256(key, ascii("what do ya "), ascii(""), ascii("want for nothing?")))
                .isEqualTo(Hmac.sha256(key, ascii("what do ya want for nothing?")));
        assertThat(Hmac.sha256(key)).isEqualTo(Hmac.sha256(key, new byte[0]));
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> Hmac.sha256(new byte[0], ascii("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameComparesWholeTags() {
        byte[] tag = Hmac.sha256(ascii("Jefe"), ascii("a"));
        assertThat(Hmac.same(tag, tag.clone())).isTrue();
        byte[] flipped = tag.clone();
        flipped[31] ^= 1;
        assertThat(Hmac.same(tag, flipped)).isFalse();
        assertThat(Hmac.same(tag, Arrays.copyOf(tag, 16))).isFalse();
        assertThat(Hmac.same(tag, null)).isFalse();
        assertThat(Hmac.same((byte[]) null, null)).isFalse();

        assertThat(Hmac.same("9f3a", "9f3a")).isTrue();
        assertThat(Hmac.same("9f3a", "9F3A")).isFalse();
        assertThat(Hmac.same("9f3a", "9f3")).isFalse();
        assertThat(Hmac.same("9f3a", null)).isFalse();
    }
}
