package com.baokao.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Can the application reach its database, and is its schema what this build expects? For health checks and the start-up banner. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseHealth {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

    /**
     * Flyway names the database at INFO each time it is asked: a load balancer's readiness probe every few seconds
     * would fill the log with it. Held here, as the JDK keeps loggers only weakly.
     */
    private static final Logger FLYWAY_EXECUTOR = Logger.getLogger("org.flywaydb.core.FlywayExecutor");

    static {
        FLYWAY_EXECUTOR.setLevel(Level.WARNING);
    }

    @Resource(lookup = Database.DATASOURCE)
    DataSource dataSource;

    public boolean isUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database not reachable", e);
            return false;
        }
    }

    public String productName() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            return "unreachable";
        }
    }

    /**
     * The schema's version in the database and how many of this build's migrations it still lacks (Flyway's own
     * history). Empty when the database cannot be read.
     */
    public Optional<SchemaState> schema() {
        try {
            MigrationInfoService info = DatabaseMigrator.flyway(dataSource).info();
            MigrationInfo current = info.current();
            return Optional.of(new SchemaState(current == null ? "none" : current.getVersion().getVersion(),
                    info.pending().length));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Schema history not readable", e);
            return Optional.empty();
        }
    }

    /** {@code version}: the newest migration applied; {@code pending}: this build's migrations not yet applied. */
    public record SchemaState(String version, int pending) implements Serializable {

        public boolean upToDate() {
            return pending == 0 && !"none".equals(version);
        }
    }
}
