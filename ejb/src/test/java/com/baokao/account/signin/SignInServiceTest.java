package com.baokao.account.signin;

import com.baokao.account.Account;
import com.baokao.account.AccountRole;
import com.baokao.account.PasswordHasher;
import com.baokao.account.captcha.Captcha;
import com.baokao.account.captcha.CaptchaAnswer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in rule every front end gets from the service: wait first, then the CAPTCHA once required, then the
 * password; only a wrong password counts as a failure. The database is a map of failure rows and one staff account.
 */
class SignInServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final String PASSWORD = "Operate2026";
    private static final LoginKey OPERATOR = LoginKey.staff("operator");

    private final Map<String, LoginFailures> failures = new HashMap<>();
    private SignInService service;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        Account operator = Account.staff(AccountRole.OPERATOR, "operator", "运维员", null, "hash", NOW);
        Field id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(operator, 7L);
        service = new SignInService();
        service.em = database(operator);
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.passwordHasher = new PasswordHasher() {
            @Override
            public boolean verify(String password, String storedHash) {
                return PASSWORD.equals(password);
            }

            @Override
            public boolean verifyNothing(String password) {
                return false;
            }

            @Override
            public boolean needsRehash(String storedHash) {
                return false;
            }
        };
    }

    private EntityManager database(Account operator) {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> failures.get((String) args[1]);
                    case "persist" -> failures.put(keyOf((LoginFailures) args[0]), (LoginFailures) args[0]);
                    case "remove" -> failures.values().remove(args[0]);
                    case "flush" -> null;
                    case "createNamedQuery" ->
                            query(Account.BY_USERNAME.equals(args[0]) ? List.of(operator) : List.of());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String keyOf(LoginFailures record) throws ReflectiveOperationException {
        Field key = LoginFailures.class.getDeclaredField("loginKey");
        key.setAccessible(true);
        return (String) key.get(record);
    }

    private static TypedQuery<?> query(List<Account> result) {
        return (TypedQuery<?>) Proxy.newProxyInstance(SignInServiceTest.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> proxy;
                    case "getResultList" -> result;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void failedBefore(int times, Instant last) {
        LoginFailures record = new LoginFailures(OPERATOR.asString());
        for (int i = 0; i < times; i++) {
            record.recordFailure(last);
        }
        failures.put(OPERATOR.asString(), record);
    }

    private static CaptchaAnswer solved() {
        Captcha shown = new Captcha("AB3CD", NOW.minusSeconds(20));
        return new CaptchaAnswer(shown, "ab3cd");
    }

    @Test
    void theRightPasswordSignsInWithoutAPictureAtFirst() {
        SignInOutcome outcome = service.attempt(OPERATOR, PASSWORD, CaptchaAnswer.NONE);

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.caller().accountId()).isEqualTo(7L);
        assertThat(outcome.caller().role()).isEqualTo(AccountRole.OPERATOR);
    }

    @Test
    void theThirdWrongPasswordMakesTheNextAttemptNeedThePicture() {
        for (int i = 1; i <= 3; i++) {
            SignInOutcome outcome = service.attempt(OPERATOR, "Wrong" + i, CaptchaAnswer.NONE);
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.refusal().getMessageKey()).isEqualTo("login.failed.staff");
            assertThat(outcome.captchaRequired()).isEqualTo(i >= 3);
        }
        assertThat(failures.get(OPERATOR.asString()).getFailures()).isEqualTo(3);
    }

    @Test
    void onceRequiredTheRightPasswordIsNotLookedAtWithoutTheRightPicture() {
        failedBefore(3, NOW.minusSeconds(30));
        // nothing typed: told why the picture is there; typed wrongly (or too late): told it was wrong
        Map<CaptchaAnswer, String> answers = new java.util.LinkedHashMap<>();
        answers.put(CaptchaAnswer.NONE, "captcha.required");
        answers.put(new CaptchaAnswer(new Captcha("AB3CD", NOW.minusSeconds(20)), " "), "captcha.required");
        answers.put(new CaptchaAnswer(new Captcha("AB3CD", NOW.minusSeconds(20)), "AB3CE"), "captcha.wrong");
        answers.put(new CaptchaAnswer(new Captcha("AB3CD", NOW.minus(Captcha.VALIDITY).minusSeconds(1)), "AB3CD"), "captcha.wrong");
        assertThat(service.attempt(OPERATOR, PASSWORD, null).refusal().getMessageKey()).isEqualTo("captcha.required");
        for (Map.Entry<CaptchaAnswer, String> answer : answers.entrySet()) {
            SignInOutcome outcome = service.attempt(OPERATOR, PASSWORD, answer.getKey());
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.refusal().getMessageKey()).isEqualTo(answer.getValue());
            assertThat(outcome.refusal().getField()).isEqualTo(CaptchaAnswer.FIELD);
            assertThat(outcome.captchaRequired()).isTrue();
        }
        assertThat(service.verify(OPERATOR, PASSWORD)).isEmpty();
        assertThat(failures.get(OPERATOR.asString()).getFailures()).as("not counted as failures").isEqualTo(3);

        assertThat(service.attempt(OPERATOR, PASSWORD, solved()).succeeded()).isTrue();
        assertThat(failures).as("a success forgets the failures").isEmpty();
    }

    @Test
    void aWrongPasswordWithTheRightPictureStillCounts() {
        failedBefore(3, NOW.minusSeconds(30));
        SignInOutcome outcome = service.attempt(OPERATOR, "Wrong4", solved());

        assertThat(outcome.refusal().getMessageKey()).isEqualTo("login.failed.staff");
        assertThat(outcome.captchaRequired()).isTrue();
        assertThat(failures.get(OPERATOR.asString()).getFailures()).isEqualTo(4);
    }

    @Test
    void whileTheKeyMustWaitNothingElseIsLookedAt() {
        failedBefore(5, NOW.minusMillis(200));
        SignInOutcome outcome = service.attempt(OPERATOR, PASSWORD, solved());

        assertThat(outcome.refusal().getMessageKey()).isEqualTo("login.wait");
        assertThat(outcome.refusal().getMessageArgs()).containsExactly(1L);
        assertThat(outcome.captchaRequired()).isTrue();
        assertThat(failures.get(OPERATOR.asString()).getFailures()).isEqualTo(5);
    }

    @Test
    void aMissingIdOrPasswordIsSaidSoAndNotCounted() {
        assertThat(service.attempt(LoginKey.staff(" "), PASSWORD, CaptchaAnswer.NONE).refusal().getMessageKey())
                .isEqualTo("login.missing");
        assertThat(service.attempt(OPERATOR, "", CaptchaAnswer.NONE).refusal().getMessageKey())
                .isEqualTo("login.missing");
        assertThat(failures).isEmpty();
    }
}
