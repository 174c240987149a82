package com.baokao.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.util.function.Supplier;

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

    /**
     * Inserts {@code entity} now and turns a unique-key violation into {@code refusal}: the database, not a
     * check-then-insert, decides when two requests race for the same key.
     */
    public static void insertUnique(EntityManager em, Object entity, Supplier<? extends RuntimeException> refusal) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw refusal.get();
            }
            throw e;
        }
    }
}
