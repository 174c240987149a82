package com.baokao.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Proxy;
import java.security.Principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    private static Principal named(String name) {
        return () -> name;
    }

    /** A session context that only knows its caller, as the container hands it to a bean. */
    private static SessionContext callerIs(Principal principal) {
        return (SessionContext) Proxy.newProxyInstance(CallerTest.class.getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void thePrincipalNameIsTheAccountId() {
        assertThat(Caller.accountIdOf(named("42"))).isEqualTo(42L);
        assertThat(Caller.accountId(callerIs(named("9000000001")))).isEqualTo(9_000_000_001L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANONYMOUS", "anonymous", "admin", "staff:admin", "", " 42", "0", "-7",
            "99999999999999999999"})
    void aPrincipalThatIsNotOneOfOurAccountsIsNoAccount(String name) {
        assertThat(Caller.accountIdOf(named(name))).isNull();
        assertThatThrownBy(() -> Caller.accountId(callerIs(named(name)))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void nobodySignedInIsNoAccount() {
        assertThat(Caller.accountIdOf(null)).isNull();
        assertThat(Caller.accountIdOf(named(null))).isNull();
        assertThatThrownBy(() -> Caller.accountId(callerIs(null))).isInstanceOf(EJBAccessException.class);
    }
}
