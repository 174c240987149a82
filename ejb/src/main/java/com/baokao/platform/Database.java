package com.baokao.platform;

import jakarta.persistence.PersistenceException;

import java.sql.SQLException;

/** Small facts about the database that more than one service needs. */
public final class Database {

    /** JNDI name of the application datasource defined on {@link DatabaseMigrator}. */
    public static final String DATASOURCE = "java:app/jdbc/baokao";

    private Database() {
    }

    /** True when the failure is a unique-constraint violation (SQLSTATE 23505 on both H2 and PostgreSQL). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static boolean isUniqueViolation(PersistenceException e) {
        return isUniqueViolation((Throwable) e);
    }
}
