package com.baokao.web.operations;

import com.baokao.batch.BatchJobs;
import com.baokao.platform.DatabaseHealth;
import com.baokao.platform.DatabaseHealth.SchemaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * MicroProfile Health as operators and load balancers expect it (issue 19), served by the runtime at the server's
 * root: {@code /health/live} (the process is worth keeping: no deadlocked threads), {@code /health/ready} (send it
 * requests: the database answers, the schema has every migration of this build, the job repository answers) and
 * {@code /health/started} (start-up is over: the schema was brought up to date). Each answers 200 when UP and 503
 * when DOWN, with every check's name and data. {@code /api/health} stays as the older alias of the database check.
 */
@ApplicationScoped
public class HealthChecks {

    // looked up when a probe runs, not when this bean is made: MicroProfile Health makes it while the EAR deploys,
    // before the batch module's beans can be injected (Payara Server refused the deployment)
    @Inject
    Instance<DatabaseHealth> database;

    @Inject
    Instance<BatchJobs> jobs;

    // one reference each, taken at the first probe (a new one per probe would pile up in the Instance)
    private final Kept<DatabaseHealth> databaseBean = new Kept<>(Long.MAX_VALUE);
    private final Kept<BatchJobs> jobsBean = new Kept<>(Long.MAX_VALUE);

    /**
     * Flyway's answer kept 30 s: it reads every migration of the build, and a load balancer asks every few seconds,
     * also when the node is busiest. A schema not (yet) up to date is not kept: the next probe asks again.
     */
    private final Kept<Optional<SchemaState>> schema = new Kept<>(30_000);

    @Produces
    @Liveness
    HealthCheck threads() {
        return () -> {
            long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
            int count = deadlocked == null ? 0 : deadlocked.length;
            return HealthCheckResponse.named("threads").status(count == 0).withData("deadlocked", count).build();
        };
    }

    @Produces
    @Readiness
    HealthCheck databaseReachable() {
        return () -> HealthCheckResponse.named("database").status(database().isUp())
                .withData("product", database().productName()).build();
    }

    @Produces
    @Readiness
    HealthCheck migrationsApplied() {
        return () -> schemaCheck("migrations");
    }

    @Produces
    @Readiness
    HealthCheck jobRepositoryReachable() {
        return () -> HealthCheckResponse.named("job-repository").status(jobsBean.get(jobs::get).repositoryReachable()).build();
    }

    @Produces
    @Startup
    HealthCheck schemaMigratedAtStart() {
        return () -> schemaCheck("schema-migrated");
    }

    private DatabaseHealth database() {
        return databaseBean.get(database::get);
    }

    private HealthCheckResponse schemaCheck(String name) {
        Optional<SchemaState> state = schema.get(() -> database().schema());
        if (!state.map(SchemaState::upToDate).orElse(false)) {
            schema.forget();
        }
        return HealthCheckResponse.named(name).status(state.map(SchemaState::upToDate).orElse(false))
                .withData("version", state.map(SchemaState::version).orElse("unreadable"))
                .withData("pending", state.map(SchemaState::pending).orElse(-1))
                .build();
    }
}
