package dev.ledger.query.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * How projections write. Inside a unit of work (a processor's batch, a rebuild's batch) statements are collected and
 * sent just before the batch commits, consecutive identical statements as one JDBC batch: one round trip for many
 * events instead of one each. Order is kept exactly, so guards such as "only newer versions" act as if run one by one.
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

        public void update() {
            writer.submit(sql, parameters);
        }
    }

    private record Pending(String sql, SqlParameterSource parameters) {
    }

    private void submit(String sql, SqlParameterSource parameters) {
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
        pending.add(new Pending(sql, parameters));
    }

    private void flush(List<Pending> pending) {
        int start = 0;
        while (start < pending.size()) {
            String sql = pending.get(start).sql();
            int end = start;
            while (end < pending.size() && pending.get(end).sql().equals(sql)) {
                end++;
            }
            if (end - start == 1) {
                jdbc.update(sql, pending.get(start).parameters());
            } else {
                jdbc.batchUpdate(sql, pending.subList(start, end).stream()
                        .map(Pending::parameters).toArray(SqlParameterSource[]::new));
            }
            start = end;
        }
        pending.clear();
    }
}
