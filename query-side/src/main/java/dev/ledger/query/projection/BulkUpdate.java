package dev.ledger.query.projection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * One {@code UPDATE <table> SET ... WHERE ...} applied to many rows as a single statement: each parameter goes as one
 * array of every row's value, and the update joins them ({@code FROM unnest(...)}). PostgreSQL then runs one statement
 * where a JDBC batch runs one a row, each with its own executor start-up. With pgbench on a copy of payment_order_view,
 * 250 orders and their 750 captures a transaction ran two to three times as fast so.
 * <p>
 * Every array has the type the driver gives that parameter bound alone (text as varchar, a long as int8, ...), so each
 * expression resolves as in the single-row statement; a parameter null in every row is written as {@code NULL}, which
 * PostgreSQL resolves by its context as it does an untyped null parameter. A target row may be joined only once a
 * statement, so the caller gives rows that touch distinct rows. A value of a type without a mapping here, or of types
 * that differ between rows, leaves the rows to a plain batch.
 */
final class BulkUpdate {

    /** Below this many rows a plain batch is as quick: this statement is parsed and planned for every call. */
    static final int MIN_ROWS = 8;
    private static final String ROWS = "batch_rows";
    private static final String UNSUPPORTED = "";

    private final String sql;
    private final int[] marks;
    private final int where;
    private final int[] columnAt;
    private final int[] firstMarkOf;

    private BulkUpdate(String sql, int[] marks, int where, String[] names) {
        this.sql = sql;
        this.marks = marks;
        this.where = where;
        Map<String, Integer> columnOfName = new LinkedHashMap<>();
        this.columnAt = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            columnAt[i] = columnOfName.computeIfAbsent(names[i], name -> columnOfName.size());
        }
        this.firstMarkOf = new int[columnOfName.size()];
        for (int i = names.length - 1; i >= 0; i--) {
            firstMarkOf[columnAt[i]] = i;
        }
    }

    /**
     * The bulk form of a positional statement ({@code names}: the parameter name of each {@code ?} in order), or empty
     * unless it is a plain {@code UPDATE ... SET ... WHERE ...}: no FROM, RETURNING or WITH of its own, one WHERE at
     * the top level, and no {@code ?} but its parameters.
     */
    static Optional<BulkUpdate> of(String sql, String[] names) {
        Shape shape = Shape.of(sql);
        if (shape == null || names.length == 0 || shape.marks.length != names.length) {
            return Optional.empty();
        }
        return Optional.of(new BulkUpdate(sql, shape.marks, shape.where, names));
    }

    /**
     * A statement applying every row (its values in mark order; the rows touch distinct target rows), or empty when a
     * value has no array type here.
     */
    Optional<PreparedStatementCreator> statementFor(List<Object[]> rows) {
        String[] types = new String[firstMarkOf.length];
        boolean anyValue = false;
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String type = typeOf(row[i]);
                String known = types[columnAt[i]];
                if (type == UNSUPPORTED || (type != null && known != null && !known.equals(type))) {
                    return Optional.empty();
                }
                if (type != null) {
                    types[columnAt[i]] = type;
                    anyValue = true;
                }
            }
        }
        return anyValue ? Optional.of(connection -> prepare(connection, rows, types)) : Optional.empty();
    }

    private PreparedStatement prepare(Connection connection, List<Object[]> rows, String[] types) throws SQLException {
        StringBuilder text = new StringBuilder(sql.length() + 64 * types.length);
        int from = 0;
        boolean joined = false;
        for (int i = 0; i < marks.length; i++) {
            if (!joined && marks[i] > where) {
                text.append(sql, from, where).append(join(types));
                from = where;
                joined = true;
            }
            text.append(sql, from, marks[i]);
            text.append(types[columnAt[i]] == null ? "NULL" : ROWS + ".value_" + columnAt[i]);
            from = marks[i] + 1;
        }
        if (!joined) {
            text.append(sql, from, where).append(join(types));
            from = where;
        }
        text.append(sql, from, sql.length());
        PreparedStatement statement = connection.prepareStatement(text.toString());
        // No server-side plan kept across calls: one planned while a table was small would scan it whole once grown.
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        int index = 1;
        for (int column = 0; column < types.length; column++) {
            if (types[column] != null) {
                String[] values = new String[rows.size()];
                for (int r = 0; r < values.length; r++) {
                    values[r] = text(rows.get(r)[firstMarkOf[column]]);
                }
                statement.setArray(index++, connection.createArrayOf(types[column], values));
            }
        }
        return statement;
    }

    /** {@code FROM unnest(?, ?) AS batch_rows (value_0, value_2) }: the arrays of the columns with a value. */
    private static String join(String[] types) {
        StringBuilder arrays = new StringBuilder("FROM unnest(");
        StringBuilder aliases = new StringBuilder(") AS " + ROWS + " (");
        String separator = "";
        for (int column = 0; column < types.length; column++) {
            if (types[column] != null) {
                arrays.append(separator).append('?');
                aliases.append(separator).append("value_").append(column);
                separator = ", ";
            }
        }
        return arrays.append(aliases).append(") ").toString();
    }

    /** The type the driver gives a value bound alone, as PostgreSQL names it; null for an untyped null. */
    static String typeOf(Object value) {
        if (value instanceof SqlParameterValue typed) {
            return switch (typed.getSqlType()) {
                case Types.VARCHAR -> "varchar";
                case Types.CHAR -> "bpchar";
                case Types.BIGINT -> "int8";
                case Types.INTEGER -> "int4";
                case Types.BOOLEAN -> "bool";
                case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
                case Types.OTHER -> typed.getValue() == null ? null
                        : typed.getValue() instanceof UUID ? "uuid" : UNSUPPORTED;
                default -> UNSUPPORTED;
            };
        }
        if (value == null) {
            return null;
        }
        Class<?> type = value.getClass();
        return type == String.class ? "varchar"
                : type == Long.class ? "int8"
                : type == Integer.class ? "int4"
                : type == UUID.class ? "uuid"
                : type == OffsetDateTime.class ? "timestamptz"
                : type == Boolean.class ? "bool"
                : type == Short.class ? "int2"
                : type == BigDecimal.class ? "numeric"
                : type == LocalDate.class ? "date"
                : type == LocalDateTime.class ? "timestamp"
                : UNSUPPORTED;
    }

    /** A value as PostgreSQL's input function for its type reads it. */
    static String text(Object value) {
        Object plain = value instanceof SqlParameterValue typed ? typed.getValue() : value;
        if (plain instanceof OffsetDateTime at) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
        }
        if (plain instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return plain == null ? null : plain.toString();
    }

    /** Where a statement's parameter marks and its top-level WHERE are; null when it is no plain update. */
    private record Shape(int[] marks, int where) {

        static Shape of(String sql) {
            List<Integer> marks = new ArrayList<>();
            int where = -1;
            int depth = 0;
            int i = skipSpace(sql, 0);
            if (!word(sql, i).equalsIgnoreCase("UPDATE")) {
                return null;
            }
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = sql.indexOf(c, i + 1);
                    if (end < 0 || (c == '\'' && sql.substring(i, end).indexOf('\\') >= 0)) {
                        return null; // unclosed, or an escape this scan does not follow
                    }
                    i = end + 1; // a doubled quote is two strings back to back: the same marks and keywords
                } else if (c == '-' && sql.startsWith("--", i) || c == '/' && sql.startsWith("/*", i) || c == '$') {
                    return null; // comments and dollar quotes: not in projections' updates, so not followed
                } else if (c == '(') {
                    depth++;
                    i++;
                } else if (c == ')') {
                    depth--;
                    i++;
                } else if (c == '?') {
                    marks.add(i++);
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    String word = word(sql, i);
                    if (depth == 0 && word.equalsIgnoreCase("WHERE")) {
                        if (where >= 0) {
                            return null;
                        }
                        where = i;
                    } else if (depth == 0 && (word.equalsIgnoreCase("FROM") || word.equalsIgnoreCase("RETURNING")
                            || word.equalsIgnoreCase("WITH"))) {
                        return null;
                    }
                    i += word.length();
                } else {
                    i++;
                }
            }
            return where < 0 ? null : new Shape(marks.stream().mapToInt(Integer::intValue).toArray(), where);
        }

        private static int skipSpace(String sql, int i) {
            while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
                i++;
            }
            return i;
        }

        private static String word(String sql, int i) {
            int end = i;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                end++;
            }
            return sql.substring(i, end);
        }
    }
}
