package com.baokao.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static PasswordHasher hasher;

    @BeforeAll
    static void hasher() {
        hasher = new PasswordHasher();
        hasher.init(); // no container: no PBKDF2 for old hashes (the in-container test covers those)
    }

    @Test
    void aHashIsArgon2idAtOwaspsSettingInThePhcFormatAndVerifies() {
        String hash = hasher.hash("Exam2026");
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=7168,t=5,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("Exam2026", hash)).isTrue();
        assertThat(hasher.verify("exam2026", hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void theNativeLibraryComputesTheHashesHereAndItsBytesAreBouncyCastles() {
        assertThat(PasswordHasher.nativeArgon2()).as("argon2-jvm's bundled libargon2 loads on this platform").isTrue();
        byte[] salt = "saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (String password : new String[] {"Exam2026", "考试2026密码", "𠮷野家 pass", ""}) {
            String hash = hasher.hash(password);
            assertThat(hasher.verify(password, hash)).isTrue();
            java.util.regex.Matcher phc = java.util.regex.Pattern.compile(".*\\$([^$]+)\\$([^$]+)").matcher(hash);
            assertThat(phc.matches()).isTrue();
            byte[] itsSalt = java.util.Base64.getDecoder().decode(phc.group(1));
            assertThat(java.util.Base64.getEncoder().withoutPadding().encodeToString(
                    PasswordHasher.argon2InJava(password, itsSalt, PasswordHasher.MEMORY_KIB, PasswordHasher.ITERATIONS,
                            PasswordHasher.PARALLELISM))).isEqualTo(phc.group(2));
            assertThat(PasswordHasher.argon2InJava(password, salt, 8192, 1, 1)).hasSize(32);
        }
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertThat(hasher.hash("Exam2026")).isNotEqualTo(hasher.hash("Exam2026"));
    }

    @Test
    void aHashMadeByTheReferenceImplementationVerifies() {
        // echo -n Exam2026 | argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32 -e  (Debian's argon2, the C reference)
        String reference = REFERENCE;
        assertThat(hasher.verify("Exam2026", reference)).isTrue();
        assertThat(hasher.verify("Exam2027", reference)).isFalse();
        // the setting used until 2026-12-07 (m=19456, t=2) still verifies and is replaced at the next sign-in
        assertThat(hasher.needsRehash(reference)).isTrue();
        // echo -n Exam2026 | argon2 saltsaltsaltsalt -id -t 5 -k 7168 -p 1 -l 32 -e
        assertThat(hasher.verify("Exam2026", TODAYS_REFERENCE)).isTrue();
        assertThat(hasher.needsRehash(TODAYS_REFERENCE)).isFalse();
        // another setting (argon2 ... -t 1 -k 8192) still verifies, and is replaced at the next sign-in
        String weaker = WEAKER_REFERENCE;
        assertThat(hasher.verify("Exam2026", weaker)).isTrue();
        assertThat(hasher.needsRehash(weaker)).isTrue();
    }

    @Test
    void oldAndBrokenHashesNeedARehashAndNeverVerifyWithoutTheirAlgorithm() {
        String pbkdf2 = "PBKDF2WithHmacSHA256:600000:c2FsdHNhbHRzYWx0c2FsdA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        assertThat(hasher.needsRehash(pbkdf2)).isTrue();
        assertThat(hasher.verify("Exam2026", pbkdf2)).isFalse();
        assertThat(hasher.verify("Exam2026", null)).isFalse();
        assertThat(hasher.verify("Exam2026", "$argon2id$v=19$m=7168,t=5,p=1$!!$??")).isFalse();
        assertThat(hasher.verifyNothing("Exam2026")).isFalse();
    }

    private static final String REFERENCE = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$yO6Kq2sG727JQ4yi7FRLxy3wj4LsMzcwj66QDa5V1eY";
    private static final String TODAYS_REFERENCE = "$argon2id$v=19$m=7168,t=5,p=1$c2FsdHNhbHRzYWx0c2FsdA$/xCZMCjsYHVRRSlpu5SBACv0I9OG7+EmUisqqsP9rEc";
    private static final String WEAKER_REFERENCE = "$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$4Zos8hfeBVkQcJ0O1wIzEHIwNPcpgUQtGZiPGSV9ilI";

    @Test
    void aCrowdOfSignInsComputesAtMostAFewHashesAtOnceAndEveryOneStillVerifies() throws Exception {
        String hash = hasher.hash("Exam2026");
        int crowd = 4 * PasswordHasher.AT_ONCE;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(crowd);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < crowd; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return hasher.verify("Exam2026", hash);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Boolean> answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        // each computation holds 19 MiB until it ends: the heap never holds more than AT_ONCE of them
        assertThat(PasswordHasher.PEAK.get()).isBetween(1, PasswordHasher.AT_ONCE);
    }
}
