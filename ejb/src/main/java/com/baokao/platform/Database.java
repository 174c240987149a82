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
    /** Follows {@code like :param} in JPQL or SQL when the parameter comes from {@link #containing}. */
    public static final String LIKE_ESCAPE = " escape '!'";

    /**
     * A LIKE pattern finding {@code text} anywhere, with its own {@code %} and {@code _} taken literally (a search
     * for "50%" finds "50%", not everything starting with "50"); pair it with {@link #LIKE_ESCAPE}.
     */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

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

    /**
     * The next value of a database sequence. H2 and PostgreSQL spell it differently ({@code NEXT VALUE FOR}
     * is standard SQL, PostgreSQL only knows {@code nextval}); the sequence itself guarantees uniqueness
     * under any number of concurrent callers.
     */
    public static long nextValue(EntityManager em, javax.sql.DataSource dataSource, String sequence) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        String sql = isPostgres(dataSource) ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The SQL expression for a sequence's next value, one per row of an {@code insert ... select}. */
    public static String nextValueExpression(javax.sql.DataSource dataSource, String sequence) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        return isPostgres(dataSource) ? "nextval('" + sequence + "')" : "next value for " + sequence;
    }

    private static volatile Boolean postgres;

    /** True when {@code dataSource} is PostgreSQL (bulk loading and a few statements differ from H2). */
    public static boolean isPostgres(javax.sql.DataSource dataSource) {
        if (postgres == null) {
            try (java.sql.Connection connection = dataSource.getConnection()) {
                postgres = isPostgres(connection);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres;
    }

    /** True when {@code connection} is to PostgreSQL. */
    public static boolean isPostgres(java.sql.Connection connection) throws java.sql.SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /**
     * A timestamp column read by a native query, as an instant: the drivers hand back OffsetDateTime (PostgreSQL),
     * Timestamp or Instant; null stays null.
     */
    public static java.time.Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (column instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (column instanceof java.time.Instant i) {
            return i;
        }
        return java.time.OffsetDateTime.parse(column.toString()).toInstant();
    }
}
