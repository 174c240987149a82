package com.baokao.account;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    private static BaokaoException refusal(String password, String repeated) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, () -> PasswordPolicy.check(password, repeated));
        assertThat(e).as("check(%s, %s) should be refused", password, repeated).isNotNull();
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd1234", "1234567a", "A1b2C3d4", "Passw0rd!#", "中文密码abc123"})
    void eightOrMoreCharactersMixingLettersAndDigitsAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, password)).doesNotThrowAnyException();
    }

    @Test
    void repeatIsOptional() {
        assertThatCode(() -> PasswordPolicy.check("abcd1234", null)).doesNotThrowAnyException();
    }

    @Test
    void exactlySixtyFourCharactersAreAccepted() {
        String password = "a1".repeat(32);
        assertThatCode(() -> PasswordPolicy.check(password, password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6, 7, 65, 100})
    void tooShortOrTooLongIsRefused(int length) {
        String password = ("a1".repeat(60)).substring(0, length);
        BaokaoException e = refusal(password, password);

        assertThat(e.getMessageKey()).isEqualTo("password.length");
        assertThat(e.getField()).isEqualTo(PasswordPolicy.FIELD);
        assertThat(e.getMessageArgs()).containsExactly(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "ABCDEFGHIJ", "12345678", "1234567890123", "!@#$%^&*", "abcd!@#$",
            "中文密码中文密码"})
    void lettersOnlyOrDigitsOnlyIsRefused(String password) {
        BaokaoException e = refusal(password, password);

        assertThat(e.getMessageKey()).isEqualTo("password.mix");
        assertThat(e.getField()).isEqualTo(PasswordPolicy.FIELD);
    }

    @Test
    void mismatchIsReportedOnTheRepeatField() {
        BaokaoException e = refusal("abcd1234", "abcd1235");

        assertThat(e.getMessageKey()).isEqualTo("password.mismatch");
        assertThat(e.getField()).isEqualTo("passwordRepeat");
    }

    @Test
    void emptyRepeatIsAMismatch() {
        assertThat(refusal("abcd1234", "").getMessageKey()).isEqualTo("password.mismatch");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPasswordIsRequired(String password) {
        BaokaoException e = refusal(password, password);

        assertThat(e.getMessageKey()).isEqualTo("password.required");
        assertThat(e.getField()).isEqualTo(PasswordPolicy.FIELD);
    }
}
