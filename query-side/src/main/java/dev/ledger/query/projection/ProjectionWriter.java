package dev.ledger.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * How projections write. Inside a unit of work (a processor's batch, a rebuild's batch) statements are collected and
 * sent just before the batch commits, identical statements as one JDBC batch: one round trip for many events instead
 * of one each. A statement that names the row it touches ({@link Statement#forRow}) may move ahead of statements for
 * other rows, never ahead of an earlier one for its own row, so guards such as "only newer versions" act as if run
 * one by one; a statement without a row keeps its exact place.
 */
@Component
public final class ProjectionWriter {

    private static final String PENDING = ProjectionWriter.class.getName() + ".pending";

    private final NamedParameterJdbcTemplate jdbc;

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
        private final MapSqlParameterSource parameters = new MapSqlParameterSource();
        private Object row;

        private Statement(ProjectionWriter writer, String sql) {
            this.writer = writer;
            this.sql = sql;
        }

        public Statement param(String name, Object value) {
            parameters.addValue(name, value);
            return this;
        }

        public Statement param(String name, Object value, int sqlType) {
            parameters.addValue(name, value, sqlType);
            return this;
        }

        /**
         * The row this statement changes (its key, e.g. the aggregate id): statements for different rows may then be
         * batched together out of their order. Only for statements that touch no other row.
         */
        public Statement forRow(Object key) {
            this.row = key;
            return this;
        }

        public void update() {
            writer.submit(sql, parameters, row);
        }
    }

    private record Pending(String sql, SqlParameterSource parameters, Object row) {
    }

    private void submit(String sql, SqlParameterSource parameters, Object row) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, parameters);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<Pending> pending = unitOfWork.getOrComputeResource(PENDING, key -> {
            List<Pending> statements = new ArrayList<>();
            unitOfWork.onPrepareCommit(done -> flush(statements));
            return statements;
        });
        pending.add(new Pending(sql, parameters, row));
    }

    private void flush(List<Pending> pending) {
        int start = 0;
        while (start < pending.size()) {
            int end = start;
            while (end < pending.size() && pending.get(end).row() != null) {
                end++;
            }
            if (end > start) {
                flushByRow(pending.subList(start, end));
            } else {
                // Without a row, only consecutive identical statements share a batch.
                String sql = pending.get(start).sql();
                while (end < pending.size() && pending.get(end).row() == null && pending.get(end).sql().equals(sql)) {
                    end++;
                }
                run(sql, pending.subList(start, end).stream().map(Pending::parameters).toList());
            }
            start = end;
        }
        pending.clear();
    }

    /**
     * Statements with rows, in layers: a row's statement goes into the layer of the row's previous statement when it
     * is the same SQL (same batch, kept in order), otherwise into the next layer. Layers run in order, each as one
     * JDBC batch per distinct SQL.
     */
    private void flushByRow(List<Pending> statements) {
        Map<Object, Pending> lastOfRow = new HashMap<>();
        Map<Object, Integer> layerOfRow = new HashMap<>();
        List<Map<String, List<SqlParameterSource>>> layers = new ArrayList<>();
        for (Pending statement : statements) {
            Pending previous = lastOfRow.put(statement.row(), statement);
            int layer = previous == null ? 0
                    : previous.sql().equals(statement.sql()) ? layerOfRow.get(statement.row())
                    : layerOfRow.get(statement.row()) + 1;
            layerOfRow.put(statement.row(), layer);
            if (layer == layers.size()) {
                layers.add(new LinkedHashMap<>());
            }
            layers.get(layer).computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement.parameters());
        }
        for (Map<String, List<SqlParameterSource>> layer : layers) {
            layer.forEach(this::run);
        }
    }

    private void run(String sql, List<SqlParameterSource> parameters) {
        if (parameters.size() == 1) {
            jdbc.update(sql, parameters.get(0));
        } else {
            jdbc.batchUpdate(sql, parameters.toArray(SqlParameterSource[]::new));
        }
    }
}
