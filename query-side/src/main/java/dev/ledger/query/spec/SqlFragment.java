package dev.ledger.query.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** SQL text with {@code ?} placeholders and the values bound to them, in order. */
public record SqlFragment(String sql, List<Object> parameters) {

    public SqlFragment {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != parameters.size()) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + parameters.size() + " parameters");
        }
    }

    static SqlFragment of(String sql, Object... parameters) {
        return new SqlFragment(sql, List.of(parameters));
    }

    SqlFragment append(String moreSql) {
        return new SqlFragment(sql + moreSql, parameters);
    }

    SqlFragment append(SqlFragment more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(more.parameters);
        return new SqlFragment(sql + more.sql, all);
    }

    SqlFragment parenthesised() {
        return new SqlFragment("(" + sql + ")", parameters);
    }
}
