package dev.ledger.query.spec;

import java.util.Objects;

record NullCheck(Column<?> column, boolean isNull) implements Specification {

    NullCheck {
        Objects.requireNonNull(column, "column");
    }

    @Override
    public SqlFragment toSql() {
        return SqlFragment.of(column.name() + (isNull ? " IS NULL" : " IS NOT NULL"));
    }
}
