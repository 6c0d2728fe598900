package dev.ledger.query.spec;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * A column of a read table, declared once in code. Its name is the only caller-supplied text that ever reaches SQL,
 * so it must be a plain lower-case identifier.
 */
public record Column<T>(String name, Class<T> type, boolean isNullable) {

    public Column {
        Identifier.check("column name", name);
        ValueType.of(type);
    }

    public static Column<String> text(String name) {
        return new Column<>(name, String.class, false);
    }

    public static Column<UUID> uuid(String name) {
        return new Column<>(name, UUID.class, false);
    }

    public static Column<Long> int64(String name) {
        return new Column<>(name, Long.class, false);
    }

    public static Column<Integer> int32(String name) {
        return new Column<>(name, Integer.class, false);
    }

    public static Column<Instant> instant(String name) {
        return new Column<>(name, Instant.class, false);
    }

    public static Column<BigDecimal> decimal(String name) {
        return new Column<>(name, BigDecimal.class, false);
    }

    public static Column<Boolean> bool(String name) {
        return new Column<>(name, Boolean.class, false);
    }

    public Column<T> nullable() {
        return new Column<>(name, type, true);
    }

    /** Reads this column from the current row; null only where the column is nullable. */
    public T read(ResultSet row) throws SQLException {
        Object value = valueType().readNullable(row, name);
        if (value == null && !isNullable) {
            throw new IllegalStateException("column " + name + " is declared not null but was null");
        }
        return type.cast(value);
    }

    /** The value as pgjdbc binds it. */
    Object toJdbc(Object value) {
        return valueType().toJdbc(checked(value));
    }

    /** Guards against raw-typed callers: a bind parameter always has the column's own type. */
    T checked(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("column " + name + " takes " + type.getSimpleName() + ", not " + value);
        }
        return type.cast(value);
    }

    ValueType valueType() {
        return ValueType.of(type);
    }
}
