package dev.ledger.query.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Builds one specification from optional request filters: an absent filter adds no condition. */
public final class Filters {

    private final List<Specification> parts = new ArrayList<>();

    public static Filters where() {
        return new Filters();
    }

    public <T> Filters ifPresent(T value, Function<T, Specification> condition) {
        if (value != null && !(value instanceof Collection<?> values && values.isEmpty())) {
            parts.add(condition.apply(value));
        }
        return this;
    }

    public Specification toSpecification() {
        return parts.isEmpty() ? Specification.all() : Specification.allOf(parts.toArray(Specification[]::new));
    }
}
