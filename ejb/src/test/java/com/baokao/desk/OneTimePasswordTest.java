package com.baokao.desk;

import com.baokao.account.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class OneTimePasswordTest {

    @Test
    void passesThePolicyAndIsNeverTheSameTwice() {
        String one = OneTimePassword.unknownToAnyone();
        assertDoesNotThrow(() -> PasswordPolicy.check(one, one));
        assertNotEquals(one, OneTimePassword.unknownToAnyone());
    }
}
