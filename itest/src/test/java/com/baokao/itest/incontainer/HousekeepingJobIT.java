package com.baokao.itest.incontainer;

import com.baokao.account.IdType;
import com.baokao.account.RegistrationForm;
import com.baokao.account.RegistrationService;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.batch.BatchJobs;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The housekeeping batch job runs from the batch jar inside the WAR and purges only what is stale. */
@ExtendWith(ArquillianExtension.class)
class HousekeepingJobIT {

    private static final String REGION = "310104";

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("baokao.it.deploy.dir"), "baokao.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(HousekeepingJobIT.class, TestData.class);
    }

    @EJB
    BatchJobs jobs;

    @EJB
    RegistrationService registration;

    @EJB
    PasswordResetService resets;

    @EJB
    TestData data;

    @Test
    void purgesStaleCredentialsAndKeepsFreshOnes() throws InterruptedException {
        String staleId = nextId();
        String freshId = nextId();
        long stale = registration.register(new RegistrationForm(true, "吴十", IdType.RESIDENT_ID, staleId, null, null,
                "13900000001", "stale@example.com", "Secret2026", "Secret2026")).id();
        long fresh = registration.register(new RegistrationForm(true, "郑十一", IdType.RESIDENT_ID, freshId, null, null,
                "13900000002", "fresh@example.com", "Secret2026", "Secret2026")).id();
        resets.requestCode(IdType.RESIDENT_ID, staleId, "stale@example.com", Locale.SIMPLIFIED_CHINESE);
        resets.requestCode(IdType.RESIDENT_ID, freshId, "fresh@example.com", Locale.SIMPLIFIED_CHINESE);
        data.expireResetCodesAt(stale, Instant.now().minus(Duration.ofDays(2)));

        long execution = jobs.start(BatchJobs.HOUSEKEEPING, null);
        BatchStatus status = awaitEnd(execution);

        assertEquals(BatchStatus.COMPLETED, status);
        assertTrue(jobs.exitStatus(execution).startsWith("resetCodes="), jobs.exitStatus(execution));
        assertEquals(0, data.resetCodes(stale));
        assertEquals(1, data.resetCodes(fresh));
        if (data.databaseProduct().equals("PostgreSQL")) {
            // the job repository lives in the application's database, in a schema of its own
            assertTrue(data.tablesInSchema("baokao_batch") >= 6, "job repository tables in schema baokao_batch");
        }
    }

    private BatchStatus awaitEnd(long execution) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        BatchStatus status = jobs.status(execution);
        while (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && status != BatchStatus.STOPPED
                && status != BatchStatus.ABANDONED && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = jobs.status(execution);
        }
        return status;
    }

    /** Region code {@value #REGION} is this class's own, so its IDs never meet another test class's. */
    private static String nextId() {
        return TestData.nextResidentId(REGION);
    }
}
