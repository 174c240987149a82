package com.baokao.account.signin;

import com.baokao.account.IdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoginKeyTest {

    @Test
    void candidateKeyRoundTrips() {
        LoginKey key = LoginKey.candidate(IdType.RESIDENT_ID, "11010519491231002X");

        assertThat(key.asString()).isEqualTo("candidate:RESIDENT_ID:11010519491231002X");
        assertThat(LoginKey.parse(key.asString())).isEqualTo(key);
        assertThat(key.isStaff()).isFalse();
        assertThat(key.isBlank()).isFalse();
    }

    @Test
    void passportCandidateKeyRoundTrips() {
        LoginKey key = LoginKey.candidate(IdType.PASSPORT, "e12345678");

        assertThat(key.asString()).isEqualTo("candidate:PASSPORT:E12345678");
        assertThat(LoginKey.parse(key.asString())).isEqualTo(key);
    }

    @Test
    void candidateNumberIsNormalised() {
        LoginKey key = LoginKey.candidate(IdType.RESIDENT_ID, "  11010519491231002x ");

        assertThat(key.idNumber()).isEqualTo("11010519491231002X");
        assertThat(key).isEqualTo(LoginKey.candidate(IdType.RESIDENT_ID, "11010519491231002X"));
        assertThat(LoginKey.parse("candidate:RESIDENT_ID:11010519491231002x")).isEqualTo(key);
    }

    @Test
    void candidateWithoutTypeDefaultsToResidentId() {
        LoginKey key = LoginKey.candidate(null, "110105199003071239");

        assertThat(key.idType()).isEqualTo(IdType.RESIDENT_ID);
        assertThat(key.asString()).isEqualTo("candidate:RESIDENT_ID:110105199003071239");
    }

    @Test
    void staffKeyIsLowerCasedAndRoundTrips() {
        LoginKey key = LoginKey.staff("  Admin.Zhang ");

        assertThat(key.username()).isEqualTo("admin.zhang");
        assertThat(key.isStaff()).isTrue();
        assertThat(key.asString()).isEqualTo("staff:admin.zhang");
        assertThat(LoginKey.parse(key.asString())).isEqualTo(key);
        assertThat(LoginKey.parse("staff:ADMIN.ZHANG")).isEqualTo(key);
    }

    @Test
    void blankKeys() {
        assertThat(LoginKey.candidate(IdType.RESIDENT_ID, "  ").isBlank()).isTrue();
        assertThat(LoginKey.candidate(IdType.RESIDENT_ID, null).isBlank()).isTrue();
        assertThat(LoginKey.staff(null).isBlank()).isTrue();
        assertThat(LoginKey.staff("admin").isBlank()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "admin", "candidate:", "candidate:110105199003071239", "candidate::110105199003071239",
            "candidate:DRIVING_LICENCE:123", "candidate:resident_id:110105199003071239", "Staff:admin", " staff:admin",
            "CANDIDATE:RESIDENT_ID:110105199003071239"})
    void garbageIsNotALoginKey(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> LoginKey.parse(value));
    }
}
