package com.baokao.itest.incontainer;

import com.baokao.account.AccountSummary;
import com.baokao.account.IdType;
import com.baokao.account.RegistrationForm;
import com.baokao.account.RegistrationService;
import com.baokao.account.Sex;
import com.baokao.account.captcha.Captcha;
import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.account.signin.AccountIdentityStore;
import com.baokao.account.signin.LoginKey;
import com.baokao.account.signin.SignInGate;
import com.baokao.account.signin.SignInService;
import com.baokao.i18n.BaokaoException;
import com.baokao.notification.OutboxSender;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real-name accounts, sign-in and password reset inside Payara Micro, against the real WAR: wiring,
 * transactions, the database's unique key and its character set. Runs once on H2 and once on PostgreSQL.
 */
@jakarta.enterprise.context.Dependent
public class AccountsAndSignIn {

    private static final String REGION = "310115";

    private static final String PASSWORD = "Secret2026";


    @EJB
    RegistrationService registration;

    @EJB
    SignInService signIn;

    @EJB
    PasswordResetService resets;

    @EJB
    OutboxSender outbox;

    @EJB
    TestData data;

    @Inject
    AccountIdentityStore identityStore;

    @Resource
    ManagedExecutorService executor;

    private static RegistrationForm form(String name, String idNumber, String email) {
        return new RegistrationForm(true, name, IdType.RESIDENT_ID, idNumber, null, null, "13912345678", email,
                PASSWORD, PASSWORD);
    }

    private static String refusalKey(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BaokaoException b) {
                return b.getMessageKey();
            }
        }
        throw new AssertionError("not a refusal: " + t, t);
    }

    public void migrationsRanBeforeTheApplicationStarted() {
        assertEquals(0, data.pendingMigrations());
        assertTrue(Integer.parseInt(data.schemaVersion()) >= 3, data.schemaVersion());
    }

    public void registrationDerivesSexAndBirthDateAndStoresTheNormalisedId() {
        String id = nextId();
        AccountSummary account = registration.register(form("王小明", id.toLowerCase(Locale.ROOT), "wxm@example.com"));
        assertEquals(Sex.MALE.equals(account.sex()) || Sex.FEMALE.equals(account.sex()), true);
        int sequenceDigit = id.charAt(16) - '0';
        assertEquals(sequenceDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE, account.sex());
        assertEquals(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14))), account.birthDate());
        assertEquals(1, data.countAccounts(id));
    }

    public void invalidInputIsRefusedAndNothingIsStored() {
        String id = nextId();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        BaokaoException e = assertThrows(BaokaoException.class,
                () -> registration.register(form("李四", wrongCheck, "ls@example.com")));
        assertEquals("id.checkdigit", e.getMessageKey());
        assertEquals(0, data.countAccounts(wrongCheck));
        assertEquals("name.spaces", refusalKey(assertThrows(Exception.class,
                () -> registration.register(form("李 四", id, "ls@example.com")))));
        assertEquals(0, data.countAccounts(id));
    }

    public void aSecondRegistrationWithTheSameIdIsRefused() {
        String id = nextId();
        registration.register(form("张三", id, "zs@example.com"));
        BaokaoException e = assertThrows(BaokaoException.class,
                () -> registration.register(form("张三", id.toLowerCase(Locale.ROOT), "other@example.com")));
        assertEquals("account.duplicate", e.getMessageKey());
        assertEquals(1, data.countAccounts(id));
    }

    public void twoRegistrationsAtTheSameMomentGiveOneAccount() throws Exception {
        String id = nextId();
        int attempts = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AccountSummary>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String email = "same" + i + "@example.com";
            Callable<AccountSummary> attempt = () -> {
                start.await();
                return registration.register(form("赵六", id, email));
            };
            results.add(executor.submit(attempt));
        }
        start.countDown();
        int created = 0;
        for (Future<AccountSummary> result : results) {
            try {
                result.get();
                created++;
            } catch (ExecutionException e) {
                assertEquals("account.duplicate", refusalKey(e.getCause()));
            }
        }
        assertEquals(1, created);
        assertEquals(1, data.countAccounts(id));
    }

    public void rareCharactersOutsideTheBasicPlaneRoundTrip() {
        String name = "\uD842\uDFB7野\uD840\uDC00·华"; // 𠮷野𠀀·华: two supplementary-plane characters and a middle dot
        AccountSummary account = registration.register(form(name, nextId(), "rare@example.com"));
        assertEquals(name, data.fullNameStored(account.id()));
        assertEquals(5, data.fullNameStored(account.id()).codePointCount(0, name.length()));
    }

    public void signInWithIdNumberOrUsernameThroughTheIdentityStore() {
        String id = nextId();
        AccountSummary account = registration.register(form("钱七", id, "qq@example.com"));
        CredentialValidationResult ok = identityStore.validate(
                new UsernamePasswordCredential(LoginKey.candidate(IdType.RESIDENT_ID, id.toLowerCase(Locale.ROOT)).asString(), PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
        assertEquals(String.valueOf(account.id()), ok.getCallerPrincipal().getName());
        assertEquals(Set.of("CANDIDATE"), ok.getCallerGroups());

        CredentialValidationResult wrong = identityStore.validate(
                new UsernamePasswordCredential(LoginKey.candidate(IdType.RESIDENT_ID, id).asString(), "Wrong2026"));
        assertEquals(CredentialValidationResult.Status.INVALID, wrong.getStatus());
        CredentialValidationResult staffKeyForCandidate = identityStore.validate(
                new UsernamePasswordCredential(LoginKey.staff(id).asString(), PASSWORD));
        assertEquals(CredentialValidationResult.Status.INVALID, staffKeyForCandidate.getStatus());
    }

    public void aPasswordHashedBeforeArgon2idStillSignsInAndIsRehashedThen() {
        String id = nextId();
        registration.register(form("韩十", id, "hs@example.com"));
        assertTrue(data.passwordHash(id).startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), "new accounts get Argon2id");
        data.oldPasswordHash(id, PASSWORD);
        assertTrue(data.passwordHash(id).startsWith("PBKDF2WithHmacSHA256:600000:"), data.passwordHash(id));
        LoginKey key = LoginKey.candidate(IdType.RESIDENT_ID, id);
        assertTrue(signIn.verify(key, "Wrong1xx").isEmpty());
        assertTrue(data.passwordHash(id).startsWith("PBKDF2"), "a failed attempt changes nothing");
        assertTrue(signIn.verify(key, PASSWORD).isPresent());
        String upgraded = data.passwordHash(id);
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), upgraded);
        assertTrue(signIn.verify(key, PASSWORD).isPresent());
        assertEquals(upgraded, data.passwordHash(id), "rehashed once");
    }

    public void repeatedFailuresNeedTheCaptchaThenSlowDownButNeverLockOut() {
        String id = nextId();
        registration.register(form("孙八", id, "sb@example.com"));
        LoginKey key = LoginKey.candidate(IdType.RESIDENT_ID, id);
        for (int i = 1; i <= 2; i++) {
            assertTrue(signIn.verify(key, "Wrong" + i + "xx").isEmpty());
        }
        assertFalse(signIn.gate(key).captchaRequired());
        assertTrue(signIn.verify(key, "Wrong3xx").isEmpty());
        assertTrue(signIn.gate(key).captchaRequired());
        assertFalse(signIn.gate(key).mustWait());
        // without the picture's answer a password is not even looked at, so it counts nothing
        assertTrue(signIn.verify(key, "Wrong4xx").isEmpty());
        assertEquals(3, data.failures(key.asString()));
        // with it, wrong passwords count again
        for (String wrong : new String[] {"Wrong4xx", "Wrong5xx"}) {
            Captcha picture = new Captcha("XY7ZW", Instant.now());
            assertFalse(signIn.attempt(key, wrong, new CaptchaAnswer(picture, "xy7zw")).succeeded());
        }
        SignInGate gate = signIn.gate(key);
        assertTrue(gate.mustWait());
        assertEquals(5, data.failures(key.asString()));
        // while the wait runs even the right password is not looked at
        assertTrue(signIn.verify(key, PASSWORD).isEmpty());
        assertEquals(5, data.failures(key.asString()));
        // once the wait is over, the right password works with the picture (still required) and the counter is cleared
        data.ageLastFailure(key.asString(), 5);
        assertFalse(signIn.gate(key).mustWait());
        assertTrue(signIn.verify(key, PASSWORD).isEmpty());
        assertEquals(5, data.failures(key.asString()));
        Captcha shown = new Captcha("AB3CD", Instant.now());
        assertTrue(signIn.attempt(key, PASSWORD, new CaptchaAnswer(shown, "ab3cd")).succeeded());
        assertEquals(0, data.failures(key.asString()));
    }

    public void passwordResetWithValidExpiredReusedAndWrongCodes() {
        String id = nextId();
        String email = "reset-" + id + "@example.com";
        AccountSummary account = registration.register(form("周九", id, email));

        // unknown ID or wrong e-mail: silently nothing
        resets.requestCode(IdType.RESIDENT_ID, id, "someone-else@example.com", Locale.SIMPLIFIED_CHINESE);
        assertTrue(data.outboxBodies(email).isEmpty());

        resets.requestCode(IdType.RESIDENT_ID, id, email.toUpperCase(Locale.ROOT), Locale.SIMPLIFIED_CHINESE);
        String code = codeIn(data.outboxBodies(email).get(0));
        assertTrue(outbox.sendDueNow() >= 1);
        assertEquals("SENT", data.outboxStatus(email));

        // a wrong guess is counted, and the count survives the refusal
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertEquals("reset.code.wrong", refusalKey(assertThrows(Exception.class,
                () -> resets.resetPassword(IdType.RESIDENT_ID, id, wrong, "NewPass2026", "NewPass2026"))));
        assertEquals(1, data.failedAttemptsOfLatestCode(account.id()));

        resets.resetPassword(IdType.RESIDENT_ID, id, code, "NewPass2026", "NewPass2026");
        LoginKey key = LoginKey.candidate(IdType.RESIDENT_ID, id);
        assertTrue(signIn.verify(key, "NewPass2026").isPresent());
        assertTrue(signIn.verify(key, PASSWORD).isEmpty());

        assertEquals("reset.code.used", refusalKey(assertThrows(Exception.class,
                () -> resets.resetPassword(IdType.RESIDENT_ID, id, code, "Other2026x", "Other2026x"))));

        resets.requestCode(IdType.RESIDENT_ID, id, email, Locale.ENGLISH);
        String second = codeIn(data.outboxBodies(email).get(0));
        assertNotEquals(-1, data.outboxBodies(email).get(0).indexOf("valid for"));
        data.expireResetCodes(account.id());
        assertEquals("reset.code.expired", refusalKey(assertThrows(Exception.class,
                () -> resets.resetPassword(IdType.RESIDENT_ID, id, second, "Other2026x", "Other2026x"))));
        assertTrue(signIn.verify(key, "NewPass2026").isPresent());
    }

    private static String codeIn(String body) {
        Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        assertTrue(m.find(), "no 6-digit code in: " + body);
        return m.group(1);
    }

    /** Region code {@value #REGION} is this class's own, so its IDs never meet another test class's. */
    private static String nextId() {
        return TestData.nextResidentId(REGION);
    }
}
