package dev.ledger.query.spec;

import dev.ledger.kernel.InvalidValue;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

record In<T>(Column<T> column, List<T> values) implements Specification {

    In {
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty IN is Specification.none()");
        }
        if (values.size() > MAX_IN_VALUES) {
            throw new InvalidValue(column.name(), "at most " + MAX_IN_VALUES + " values");
        }
        values.forEach(column::checked);
    }

    @Override
    public SqlFragment toSql() {
        String placeholders = String.join(", ", Collections.nCopies(values.size(), "?"));
        return new SqlFragment(
                column.name() + " IN (" + placeholders + ")",
                values.stream().map(column::toJdbc).toList());
    }
}
