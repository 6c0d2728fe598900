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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.SqlProvider;

/**
 * One {@code UPDATE <table> SET ... WHERE ...} applied to many rows as a single statement: each parameter goes as one
 * array of every row's value, and the update joins them ({@code FROM unnest(...)}). PostgreSQL then runs one statement
 * where a JDBC batch runs one a row, each with its own executor start-up: with pgbench on a copy of
 * payment_order_view, 250 orders and their 750 captures a transaction ran about twice as fast so.
 * <p>
 * Each array has the type the driver gives that parameter bound alone (a String as varchar, a Long as int8, ...), and a
 * parameter null in every row becomes {@code NULL}, so each expression resolves as in the single-row statement. The
 * caller gives rows that each change one target row, a different one each: an update joins a target row once.
 */
final class BulkUpdate {

    /**
     * Below this many rows the driver's pipelined batch was as quick or quicker (this statement is parsed and planned
     * on every call): with pgbench, one client, 8 rows ran 5,124 and 5,686 transactions a second as a batch against
     * 3,370 and 4,368 so, 32 rows 2,472 and 2,287 against 1,990 and 2,119, 64 rows 1,205 and 1,330 against 1,678 and
     * 1,783.
     */
    static final int MIN_ROWS = 32;
    /** PostgreSQL's name for the type of a bare {@code NULL}: resolved by its context. */
    static final String UNTYPED = "unknown";
    static final String UNSUPPORTED = "unsupported";
    private static final String ROWS = "batch_rows";
    /** How the driver types a value bound alone, by its class. */
    private static final Map<Class<?>, String> TYPE_OF_CLASS = Map.of(String.class, "varchar", Long.class, "int8",
            Integer.class, "int4", Short.class, "int2", UUID.class, "uuid", OffsetDateTime.class, "timestamptz",
            Boolean.class, "bool", BigDecimal.class, "numeric", LocalDate.class, "date", LocalDateTime.class, "timestamp");
    /** The class a value given with an SQL type must have for the driver to bind it as that class alone. */
    private static final Map<Integer, Class<?>> CLASS_OF_SQL_TYPE = Map.of(Types.VARCHAR, String.class,
            Types.CHAR, String.class, Types.BIGINT, Long.class, Types.INTEGER, Integer.class, Types.BOOLEAN, Boolean.class,
            Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.class, Types.OTHER, UUID.class);
    /** Years the ISO text form and the driver write alike. */
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

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
     * the top level with a parameter in it (else every row would join the same targets), and no {@code ?} but its
     * parameters.
     */
    static Optional<BulkUpdate> of(String sql, String[] names) {
        Shape shape = Shape.of(sql);
        if (shape == null || names.length == 0 || shape.marks.length != names.length
                || shape.marks[shape.marks.length - 1] < shape.where) {
            return Optional.empty();
        }
        return Optional.of(new BulkUpdate(sql, shape.marks, shape.where, names));
    }

    /**
     * A statement applying every row (its values in mark order; each row changes its own target row), or empty when a
     * value has no array type here.
     */
    Optional<PreparedStatementCreator> statementFor(List<Object[]> rows) {
        String[] types = new String[firstMarkOf.length];
        Arrays.fill(types, UNTYPED);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String type = typeOf(row[i]);
                String known = types[columnAt[i]];
                if (type.equals(UNSUPPORTED) || !type.equals(UNTYPED) && !known.equals(UNTYPED) && !known.equals(type)) {
                    return Optional.empty();
                }
                if (!type.equals(UNTYPED)) {
                    types[columnAt[i]] = type;
                }
            }
        }
        if (Arrays.stream(types).allMatch(UNTYPED::equals)) {
            return Optional.empty(); // nothing to join
        }
        return Optional.of(new Creator(sqlFor(types), rows, types));
    }

    /** The statement's text for columns of these types: {@code UNTYPED} ones as {@code NULL}, the others joined. */
    String sqlFor(String[] types) {
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
            text.append(types[columnAt[i]].equals(UNTYPED) ? "NULL" : ROWS + ".value_" + columnAt[i]);
            from = marks[i] + 1;
        }
        return text.append(sql, from, sql.length()).toString();
    }

    /** {@code FROM unnest(?, ?) AS batch_rows (value_0, value_2) }: the arrays of the columns with a value. */
    private static String join(String[] types) {
        StringBuilder arrays = new StringBuilder("FROM unnest(");
        StringBuilder aliases = new StringBuilder(") AS " + ROWS + " (");
        String separator = "";
        for (int column = 0; column < types.length; column++) {
            if (!types[column].equals(UNTYPED)) {
                arrays.append(separator).append('?');
                aliases.append(separator).append("value_").append(column);
                separator = ", ";
            }
        }
        return arrays.append(aliases).append(") ").toString();
    }

    /** Creates the statement with its arrays; names its SQL to Spring's error messages. */
    private final class Creator implements PreparedStatementCreator, SqlProvider {

        private final String text;
        private final List<Object[]> rows;
        private final String[] types;

        Creator(String text, List<Object[]> rows, String[] types) {
            this.text = text;
            this.rows = rows;
            this.types = types;
        }

        @Override
        public PreparedStatement createPreparedStatement(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text);
            // No server-side plan kept across calls: one planned while a table was small would scan it whole once grown.
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            int index = 1;
            for (int column = 0; column < types.length; column++) {
                if (!types[column].equals(UNTYPED)) {
                    String[] values = new String[rows.size()];
                    for (int r = 0; r < values.length; r++) {
                        values[r] = text(rows.get(r)[firstMarkOf[column]]);
                    }
                    statement.setArray(index++, connection.createArrayOf(types[column], values));
                }
            }
            return statement;
        }

        @Override
        public String getSql() {
            return text;
        }
    }

    /** The type the driver gives a value bound alone, as PostgreSQL names it: {@code UNTYPED} for any null. */
    static String typeOf(Object value) {
        Object plain = value;
        if (value instanceof SqlParameterValue typed) {
            plain = typed.getValue();
            if (plain != null && plain.getClass() != CLASS_OF_SQL_TYPE.get(typed.getSqlType())) {
                return UNSUPPORTED;
            }
            if (typed.getSqlType() == Types.CHAR) {
                return plain == null ? UNTYPED : "bpchar";
            }
        }
        if (plain == null) {
            return UNTYPED;
        }
        if (plain instanceof OffsetDateTime at && outOfRange(at.getYear())
                || plain instanceof LocalDateTime local && outOfRange(local.getYear())
                || plain instanceof LocalDate day && outOfRange(day.getYear())) {
            return UNSUPPORTED;
        }
        return TYPE_OF_CLASS.getOrDefault(plain.getClass(), UNSUPPORTED);
    }

    private static boolean outOfRange(int year) {
        return year < FIRST_YEAR || year > LAST_YEAR;
    }

    /** A value as PostgreSQL's input function for its type reads it; times to the microsecond, as the driver rounds. */
    static String text(Object value) {
        Object plain = value instanceof SqlParameterValue typed ? typed.getValue() : value;
        if (plain instanceof OffsetDateTime at) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
        }
        if (plain instanceof LocalDateTime at) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
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
