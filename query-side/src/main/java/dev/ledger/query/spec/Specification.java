package dev.ledger.query.spec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A filter on a read table, built from small values and rendered to parameterised SQL. Values only ever become bind
 * parameters; the SQL text holds column names from {@link Column} constants and fixed keywords.
 */
public sealed interface Specification permits Constant, Comparison, In, StartsWith, NullCheck, And, Or, Not {

    /** Beyond this a caller wants a join or a temporary table, not a giant IN list. */
    int MAX_IN_VALUES = 1000;

    SqlFragment toSql();

    default Specification and(Specification other) {
        return allOf(this, other);
    }

    default Specification or(Specification other) {
        return anyOf(this, other);
    }

    default Specification negate() {
        return not(this);
    }

    /** Matches every row. */
    static Specification all() {
        return Constant.TRUE;
    }

    /** Matches no row. */
    static Specification none() {
        return Constant.FALSE;
    }

    static Specification allOf(Specification... parts) {
        return And.of(List.of(parts));
    }

    static Specification anyOf(Specification... parts) {
        return Or.of(List.of(parts));
    }

    static Specification not(Specification inner) {
        return Not.of(Objects.requireNonNull(inner, "inner"));
    }

    static <T> Specification equalTo(Column<T> column, T value) {
        return Comparison.of(column, Comparison.Operator.EQUAL, value);
    }

    /** An empty collection matches nothing, as {@code FALSE}, rather than rendering invalid {@code IN ()}. */
    static <T> Specification in(Column<T> column, Collection<? extends T> values) {
        Objects.requireNonNull(column, "column");
        List<T> distinct = new ArrayList<>(new LinkedHashSet<>(Objects.requireNonNull(values, "values")));
        if (distinct.isEmpty()) {
            return none();
        }
        return new In<>(column, distinct);
    }

    static <T> Specification greaterThan(Column<T> column, T value) {
        return Comparison.of(column, Comparison.Operator.GREATER, value);
    }

    static <T> Specification atLeast(Column<T> column, T value) {
        return Comparison.of(column, Comparison.Operator.GREATER_OR_EQUAL, value);
    }

    static <T> Specification lessThan(Column<T> column, T value) {
        return Comparison.of(column, Comparison.Operator.LESS, value);
    }

    static <T> Specification atMost(Column<T> column, T value) {
        return Comparison.of(column, Comparison.Operator.LESS_OR_EQUAL, value);
    }

    /** Both ends inclusive; a null end is open, so a request's optional bounds pass straight through. */
    static <T> Specification between(Column<T> column, T lowest, T highest) {
        Objects.requireNonNull(column, "column");
        return allOf(
                lowest == null ? all() : atLeast(column, lowest),
                highest == null ? all() : atMost(column, highest));
    }

    /** At or after the instant: with {@link #before} it gives half-open ranges that tile without overlap. */
    static Specification from(Column<Instant> column, Instant inclusive) {
        return atLeast(column, inclusive);
    }

    static Specification before(Column<Instant> column, Instant exclusive) {
        return lessThan(column, exclusive);
    }

    /** The prefix matches literally: {@code %}, {@code _} and {@code \} in it are escaped. */
    static Specification startsWith(Column<String> column, String prefix) {
        return new StartsWith(column, prefix);
    }

    static Specification isNull(Column<?> column) {
        return new NullCheck(column, true);
    }

    static Specification isNotNull(Column<?> column) {
        return new NullCheck(column, false);
    }
}
