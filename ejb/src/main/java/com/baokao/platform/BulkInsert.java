package com.baokao.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inserts a chunk of rows at once, as the million-row jobs need: on PostgreSQL one
 * {@code insert ... select ... from unnest(?, ?, ...)} with one array per column (one statement and one round trip
 * for the whole chunk), elsewhere (H2) a JDBC batch of the same rows. Built per chunk:
 * <pre>
 * BulkInsert.&lt;Seat&gt;into("seat_assignment").fixed("session_id", sessionId)
 *         .bigint("application_id", Seat::applicationId) ... .insert(connection, seats);
 * </pre>
 * A {@link #fixed} value is the same for every row and travels once. Timestamps travel as ISO-8601 UTC text and are
 * cast in the statement, so neither the JVM's nor the session's time zone can shift them.
 *
 * @param <T> what one row is made from
 */
public final class BulkInsert<T> {

    private enum Type {
        BIGINT("bigint", Types.BIGINT),
        INT("int4", Types.INTEGER),
        VARCHAR("varchar", Types.VARCHAR),
        NUMERIC("numeric", Types.NUMERIC),
        BOOLEAN("bool", Types.BOOLEAN),
        TIMESTAMPTZ("varchar", Types.TIMESTAMP_WITH_TIMEZONE);

        final String arrayElement;
        final int sqlType;

        Type(String arrayElement, int sqlType) {
            this.arrayElement = arrayElement;
            this.sqlType = sqlType;
        }

        /** An array for the column's values: typed, so the driver can send numbers in binary. */
        Object[] newArray(int length) {
            return switch (this) {
                case BIGINT -> new Long[length];
                case INT -> new Integer[length];
                case VARCHAR, TIMESTAMPTZ -> new String[length];
                case NUMERIC -> new java.math.BigDecimal[length];
                case BOOLEAN -> new Boolean[length];
            };
        }

        /** How a value is bound: as itself, or (a timestamp) as text in an array and as UTC in a parameter. */
        Object bound(Object value, boolean inArray) {
            if (this != TIMESTAMPTZ || value == null) {
                return value;
            }
            return inArray ? value.toString() : ((Instant) value).atOffset(ZoneOffset.UTC);
        }
    }

    /** One column: its value per row, or a fixed value for all rows. */
    private record Column<T>(String name, Type type, Function<? super T, ?> perRow, Object fixedValue) {

        boolean isFixed() {
            return perRow == null;
        }

        /** The column in the select list of the array insert. */
        String selected() {
            if (isFixed()) {
                return "?";
            }
            return type == Type.TIMESTAMPTZ ? "cast(t." + name + " as timestamp with time zone)" : "t." + name;
        }
    }

    private final String table;
    private final List<Column<T>> columns = new ArrayList<>();

    private BulkInsert(String table) {
        this.table = name(table);
    }

    public static <T> BulkInsert<T> into(String table) {
        return new BulkInsert<>(table);
    }

    public BulkInsert<T> bigint(String column, Function<? super T, Long> value) {
        return add(column, Type.BIGINT, value, null);
    }

    public BulkInsert<T> int4(String column, Function<? super T, Integer> value) {
        return add(column, Type.INT, value, null);
    }

    public BulkInsert<T> varchar(String column, Function<? super T, String> value) {
        return add(column, Type.VARCHAR, value, null);
    }

    public BulkInsert<T> numeric(String column, Function<? super T, java.math.BigDecimal> value) {
        return add(column, Type.NUMERIC, value, null);
    }

    public BulkInsert<T> bool(String column, Function<? super T, Boolean> value) {
        return add(column, Type.BOOLEAN, value, null);
    }

    public BulkInsert<T> timestamptz(String column, Function<? super T, Instant> value) {
        return add(column, Type.TIMESTAMPTZ, value, null);
    }

    public BulkInsert<T> fixed(String column, long value) {
        return add(column, Type.BIGINT, null, value);
    }

    public BulkInsert<T> fixed(String column, Instant value) {
        return add(column, Type.TIMESTAMPTZ, null, value);
    }

    private BulkInsert<T> add(String column, Type type, Function<? super T, ?> perRow, Object fixedValue) {
        columns.add(new Column<>(name(column), type, perRow, fixedValue));
        return this;
    }

    /** Inserts {@code rows} on {@code connection}: PostgreSQL's array insert there, a JDBC batch elsewhere. */
    public void insert(Connection connection, List<? extends T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (Database.isPostgres(connection)) {
            insertWithArrays(connection, rows);
        } else {
            insertInBatch(connection, rows);
        }
    }

    void insertWithArrays(Connection connection, List<? extends T> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(arraySql())) {
            int parameter = 1;
            for (Column<T> c : columns) {
                if (c.isFixed()) {
                    bind(insert, parameter++, c.type, c.type.bound(c.fixedValue, false));
                }
            }
            for (Column<T> c : columns) {
                if (!c.isFixed()) {
                    Object[] values = c.type.newArray(rows.size());
                    for (int i = 0; i < values.length; i++) {
                        values[i] = c.type.bound(c.perRow.apply(rows.get(i)), true);
                    }
                    insert.setArray(parameter++, connection.createArrayOf(c.type.arrayElement, values));
                }
            }
            insert.executeUpdate();
        }
    }

    void insertInBatch(Connection connection, List<? extends T> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(batchSql())) {
            for (T row : rows) {
                int parameter = 1;
                for (Column<T> c : columns) {
                    Object value = c.isFixed() ? c.fixedValue : c.perRow.apply(row);
                    bind(insert, parameter++, c.type, c.type.bound(value, false));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    String arraySql() {
        List<Column<T>> perRow = columns.stream().filter(c -> !c.isFixed()).toList();
        return "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") select " + columns.stream().map(Column::selected).collect(Collectors.joining(", "))
                + " from unnest(" + perRow.stream().map(c -> "?").collect(Collectors.joining(", "))
                + ") as t(" + perRow.stream().map(Column::name).collect(Collectors.joining(", ")) + ")";
    }

    String batchSql() {
        return "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static void bind(PreparedStatement statement, int parameter, Type type, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(parameter, type.sqlType);
        } else {
            statement.setObject(parameter, value);
        }
    }

    /** Table and column names go into the SQL text: only plain lower-case names. */
    private static String name(String name) {
        if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
        return name;
    }
}
