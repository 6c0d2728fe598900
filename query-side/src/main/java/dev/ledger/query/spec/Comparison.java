package dev.ledger.query.spec;

import java.util.Objects;

record Comparison<T>(Column<T> column, Operator operator, T value) implements Specification {

    enum Operator {
        EQUAL("="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }
    }

    Comparison {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(operator, "operator");
        // A null value would compare as unknown and silently match nothing; isNull says what is meant.
        Objects.requireNonNull(value, () -> column.name() + ": value is null, use isNull/isNotNull");
        column.checked(value);
    }

    static <T> Comparison<T> of(Column<T> column, Operator operator, T value) {
        return new Comparison<>(column, operator, value);
    }

    @Override
    public SqlFragment toSql() {
        return SqlFragment.of(column.name() + " " + operator.sql + " ?", column.toJdbc(value));
    }
}
