package com.baokao.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Can the application reach its database? For health checks and the start-up banner. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseHealth {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

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
}
