package com.baokao.account;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContactDetailsTest {

    private static BaokaoException refusal(Executable call) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, call::execute);
        assertThat(e).as("should be refused").isNotNull();
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "138 0013 8000", "+8613800138000", "+86 138 0013 8000", "138-0013-8000",
            "  13800138000  "})
    void mobileIsNormalisedToElevenDigits(String raw) {
        assertThat(ContactDetails.mobile(raw)).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13000000000", "15912345678", "19912345678"})
    void everyMobilePrefixFrom13To19IsAccepted(String raw) {
        assertThat(ContactDetails.mobile(raw)).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "10800138000", "23800138000", "1380013800", "138001380001", "1380013800a",
            "+8512800138000", "010-12345678"})
    void nonMainlandMobileIsRefused(String raw) {
        BaokaoException e = refusal(() -> ContactDetails.mobile(raw));

        assertThat(e.getMessageKey()).isEqualTo("phone.format");
        assertThat(e.getField()).isEqualTo("phone");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "+86"})
    void missingMobileIsRequired(String raw) {
        BaokaoException e = refusal(() -> ContactDetails.mobile(raw));

        assertThat(e.getMessageKey()).isEqualTo("phone.required");
        assertThat(e.getField()).isEqualTo("phone");
    }

    @ParameterizedTest
    @CsvSource({
            "Zhang@Example.COM, Zhang@example.com",
            "'  li.si@Mail.QQ.com ', li.si@mail.qq.com",
            "wang@example.cn, wang@example.cn",
            "first.o'brien+exam@mail.example.com.cn, first.o'brien+exam@mail.example.com.cn",
            "'\u200Bzhao@example.com\u202E', zhao@example.com"
    })
    void emailDomainIsLowerCasedAndLocalPartKept(String raw, String expected) {
        assertThat(ContactDetails.email(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "zhang@localhost", "zhang@@example.com", "zhang san@example.com",
            "@example.com", "zhang@example.", "zhang@.com",
            // markup and quoting no mail provider hands out (issue 16: the first was accepted)
            "\"><script>alert(1)</script>@x.com", "<zhang@example.com>", "\"zhang\"@example.com",
            "zhang@exa_mple.com", "zhang@-example.com", "zhang@example.com;bcc@evil.cn", "zhang@例子.cn"})
    void malformedEmailIsRefused(String raw) {
        BaokaoException e = refusal(() -> ContactDetails.email(raw));

        assertThat(e.getMessageKey()).isEqualTo("email.format");
        assertThat(e.getField()).isEqualTo("email");
    }

    @Test
    void overlongEmailIsRefused() {
        String raw = "a".repeat(243) + "@example.com"; // 255 characters
        assertThat(refusal(() -> ContactDetails.email(raw)).getMessageKey()).isEqualTo("email.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingEmailIsRequired(String raw) {
        BaokaoException e = refusal(() -> ContactDetails.email(raw));

        assertThat(e.getMessageKey()).isEqualTo("email.required");
        assertThat(e.getField()).isEqualTo("email");
    }
}
