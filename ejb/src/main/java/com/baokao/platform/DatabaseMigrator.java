package com.baokao.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} before anything else
 * touches the database: every other start-up bean {@code @DependsOn} this one.
 * <p>
 * The one datasource of the application. It defaults to an embedded H2 file in {@code ./baokao-data}
 * (kept across restarts) and switches to PostgreSQL through MicroProfile Config, i.e. the environment
 * variables {@code BAOKAO_DB_URL}, {@code BAOKAO_DB_USER}, {@code BAOKAO_DB_PASSWORD} and
 * {@code BAOKAO_DB_DATASOURCE_CLASS} (or the system properties {@code baokao.db.*}).
 */
@DataSourceDefinition(
        name = Database.DATASOURCE,
        className = "${MPCONFIG=baokao.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=baokao.db.url:jdbc:h2:file:./baokao-data/baokao;LOCK_TIMEOUT=10000}",
        user = "${MPCONFIG=baokao.db.user:baokao}",
        password = "${MPCONFIG=baokao.db.password:baokao}",
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        loginTimeout = 5,
        // After a database restart the pool must not hand out dead connections: each is checked (Connection.isValid)
        // when taken, one found dead closes them all, and a request waits at most 5 s for a connection, so it gets a
        // clear "try again" (DatabaseOutage) instead of hanging while the database is away. A connection is checked at
        // most once a second: Payara loads the validation class through the application's class loader at every
        // check, and that loader's lock was where request threads queued under load (flight recording,
        // docs/benchmarks.md); a restart of the database takes longer than a second, so every connection is checked
        // again after it.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = Database.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    /** Flyway on the application's migrations: the migrator applies them, the readiness check asks what is pending. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
