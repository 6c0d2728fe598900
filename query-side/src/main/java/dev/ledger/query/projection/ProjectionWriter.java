package dev.ledger.query.projection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.AbstractSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Component;

/**
 * How projections write. Inside a unit of work (a processor's batch, a rebuild's batch) statements are collected and
 * sent just before the batch commits, identical statements as one JDBC batch, or many rows' updates as one statement
 * ({@link BulkUpdate}): one round trip for many events instead of one each. A statement that names the row it
 * touches ({@link Statement#forRow}) may move ahead of statements for other rows, never ahead of an earlier one for
 * its own row, so guards such as "only newer versions" act as if run one by one; a statement without a row keeps its
 * exact place. Queued statements are bound by position: their SQL is parsed once, and a batch's rows, whose
 * parameters come in one order, find their values without a lookup by name. A value is bound as it is: a collection is
 * not expanded into a list (the driver refuses it).
 */
@Component
public final class ProjectionWriter {

    private static final String PENDING = ProjectionWriter.class.getName() + ".pending";
    private static final int MAX_PARSED = 1024;

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, Positional> parsed = new ConcurrentHashMap<>();

    public ProjectionWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Statement sql(String sql) {
        return new Statement(this, sql);
    }

    /** One statement being given its parameters; {@link #update()} queues it (or runs it outside a unit of work). */
    public static final class Statement {

        private final ProjectionWriter writer;
        private final String sql;
        private final List<String> names = new ArrayList<>(24);
        private final List<Object> values = new ArrayList<>(24);
        private Object row;

        private Statement(ProjectionWriter writer, String sql) {
            this.writer = writer;
            this.sql = sql;
        }

        public Statement param(String name, Object value) {
            names.add(name);
            values.add(value);
            return this;
        }

        public Statement param(String name, Object value, int sqlType) {
            return param(name, new SqlParameterValue(sqlType, value));
        }

        /**
         * The row this statement changes (its key, e.g. the aggregate id): statements for different rows may then be
         * batched together out of their order, and updates of many rows run as one statement. Only for statements that
         * change this one row and no other, a different row for each key.
         */
        public Statement forRow(Object key) {
            this.row = key;
            return this;
        }

        public void update() {
            writer.submit(this);
        }

        /** Where the value of {@code name} is: the last one given under that name, as a map would keep it. */
        private int indexOf(String name) {
            for (int i = names.size() - 1; i >= 0; i--) {
                if (names.get(i).equals(name)) {
                    return i;
                }
            }
            throw new InvalidDataAccessApiUsageException("No value supplied for the SQL parameter '" + name + "'");
        }

        /** Whether its parameters were given under the same names in the same order (the same code gave them). */
        private boolean sameNamesAs(Statement other) {
            if (names.size() != other.names.size()) {
                return false;
            }
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != other.names.get(i) && !names.get(i).equals(other.names.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A statement's SQL with its named parameters replaced by {@code ?}, and the name each position takes. */
    private record Positional(String sql, String[] names, Optional<BulkUpdate> bulk) {

        static Positional of(String namedSql) {
            ParsedSql parsed = NamedParameterUtils.parseSqlStatement(namedSql);
            // The parser's own order, repeats included: each name echoes itself as its value.
            String[] names = Arrays.stream(NamedParameterUtils.buildValueArray(parsed, new NameEcho(), null))
                    .map(String.class::cast).toArray(String[]::new);
            String sql = NamedParameterUtils.substituteNamedParameters(parsed, null);
            return new Positional(sql, names, BulkUpdate.of(sql, names));
        }

        /** Each row's arguments in position order. */
        List<Object[]> arguments(List<Statement> statements) {
            List<Object[]> rows = new ArrayList<>(statements.size());
            Statement shape = null;
            int[] indexes = new int[names.length];
            for (Statement statement : statements) {
                if (shape == null || !statement.sameNamesAs(shape)) {
                    shape = statement;
                    for (int k = 0; k < names.length; k++) {
                        indexes[k] = statement.indexOf(names[k]);
                    }
                }
                Object[] arguments = new Object[names.length];
                for (int k = 0; k < names.length; k++) {
                    arguments[k] = statement.values.get(indexes[k]);
                }
                rows.add(arguments);
            }
            return rows;
        }
    }

    /** Answers every parameter name with the name itself. */
    private static final class NameEcho extends AbstractSqlParameterSource {

        @Override
        public boolean hasValue(String paramName) {
            return true;
        }

        @Override
        public Object getValue(String paramName) {
            return paramName;
        }
    }

    private void submit(Statement statement) {
        if (!CurrentUnitOfWork.isStarted()) {
            run(statement.sql, List.of(statement)); // bound like a queued one
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<Statement> pending = unitOfWork.getOrComputeResource(PENDING, key -> {
            List<Statement> statements = new ArrayList<>();
            unitOfWork.onPrepareCommit(done -> flush(statements));
            return statements;
        });
        pending.add(statement);
    }

    private void flush(List<Statement> pending) {
        int start = 0;
        while (start < pending.size()) {
            int end = start;
            while (end < pending.size() && pending.get(end).row != null) {
                end++;
            }
            if (end > start) {
                flushByRow(pending.subList(start, end));
            } else {
                // Without a row, only consecutive identical statements share a batch.
                String sql = pending.get(start).sql;
                while (end < pending.size() && pending.get(end).row == null && pending.get(end).sql.equals(sql)) {
                    end++;
                }
                run(sql, pending.subList(start, end));
            }
            start = end;
        }
        pending.clear();
    }

    /**
     * Statements with rows, in layers: a row's statement goes into the layer of the row's previous statement when it
     * is the same SQL (same batch, kept in order), otherwise into the next layer. Layers run in order, each as one
     * JDBC batch per distinct SQL, or as bulk updates ({@link #runForRows}).
     */
    private void flushByRow(List<Statement> statements) {
        Map<Object, Statement> lastOfRow = new HashMap<>();
        Map<Object, Integer> layerOfRow = new HashMap<>();
        List<Map<String, List<Statement>>> layers = new ArrayList<>();
        for (Statement statement : statements) {
            Statement previous = lastOfRow.put(statement.row, statement);
            int layer = previous == null ? 0
                    : previous.sql.equals(statement.sql) ? layerOfRow.get(statement.row)
                    : layerOfRow.get(statement.row) + 1;
            layerOfRow.put(statement.row, layer);
            if (layer == layers.size()) {
                layers.add(new LinkedHashMap<>());
            }
            layers.get(layer).computeIfAbsent(statement.sql, sql -> new ArrayList<>()).add(statement);
        }
        for (Map<String, List<Statement>> layer : layers) {
            layer.forEach(this::runForRows);
        }
    }

    /**
     * An update of many rows in waves, one statement each ({@link BulkUpdate}): a row's first statement in the first
     * wave, its second in the second, so each wave touches a row once and a row's statements keep their order.
     */
    private void runForRows(String sql, List<Statement> statements) {
        Positional positional = positionalOf(sql);
        Optional<BulkUpdate> bulk = positional.bulk();
        if (bulk.isEmpty() || statements.size() < BulkUpdate.MIN_ROWS) {
            run(sql, statements);
            return;
        }
        List<List<Statement>> waves = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (Statement statement : statements) {
            int wave = seen.merge(statement.row, 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(statement);
        }
        for (List<Statement> wave : waves) {
            Optional<PreparedStatementCreator> statement = wave.size() < BulkUpdate.MIN_ROWS ? Optional.empty()
                    : bulk.get().statementFor(positional.arguments(wave));
            if (statement.isPresent()) {
                jdbc.getJdbcOperations().update(statement.get());
            } else {
                run(sql, wave);
            }
        }
    }

    private void run(String sql, List<Statement> statements) {
        Positional positional = positionalOf(sql);
        List<Object[]> rows = positional.arguments(statements);
        if (rows.size() == 1) {
            jdbc.getJdbcOperations().update(positional.sql(), statement -> bind(statement, rows.get(0)));
            return;
        }
        jdbc.getJdbcOperations().batchUpdate(positional.sql(), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int row) throws SQLException {
                bind(statement, rows.get(row));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    /**
     * Binds a row as Spring's {@code StatementCreatorUtils} binds the values projections give (text, numbers, ids,
     * times, typed nulls), without its checks of every value against interfaces: those were a twentieth of a
     * rebuild's CPU.
     */
    static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            bind(statement, i + 1, row[i]);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof SqlParameterValue typed) {
            Object inner = typed.getValue();
            int sqlType = typed.getSqlType();
            if (inner == null) {
                statement.setNull(index, sqlType == Types.OTHER ? Types.NULL : sqlType);
            } else if (sqlType == Types.VARCHAR) {
                statement.setString(index, inner.toString());
            } else {
                statement.setObject(index, inner, sqlType);
            }
        } else if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            statement.setObject(index, value);
        }
    }

    private Positional positionalOf(String sql) {
        Positional known = parsed.get(sql);
        if (known != null) {
            return known;
        }
        if (parsed.size() >= MAX_PARSED) {
            parsed.clear(); // table names come from code, so this never fills in practice; a bound all the same
        }
        return parsed.computeIfAbsent(sql, Positional::of);
    }
}
