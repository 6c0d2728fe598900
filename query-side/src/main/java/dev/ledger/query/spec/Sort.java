package dev.ledger.query.spec;

import dev.ledger.kernel.InvalidValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a page, most significant first. A read query appends its unique key as the last tie-breaker, so
 * every sort is total and keyset paging never skips or repeats a row.
 */
public record Sort(List<Order> orders) {

    public enum Direction {
        ASC, DESC
    }

    public record Order(Column<?> column, Direction direction) {

        public Order {
            InvalidValue.required("sort", column);
            InvalidValue.required("sort", direction);
            // NULLs have no place in a keyset comparison: "a > ?" is unknown for them and the row would vanish.
            if (column.isNullable()) {
                throw new InvalidValue("sort", "cannot sort on nullable column " + column.name());
            }
        }

        String toSql() {
            return column.name() + " " + direction.name();
        }
    }

    public Sort {
        orders = List.copyOf(orders);
        Set<String> seen = new HashSet<>();
        for (Order order : orders) {
            if (!seen.add(order.column().name())) {
                throw new InvalidValue("sort", "column " + order.column().name() + " appears twice");
            }
        }
    }

    /** Only the read query's tie-breaker: rows come in key order. */
    public static Sort unsorted() {
        return new Sort(List.of());
    }

    public static Sort ascending(Column<?> column) {
        return unsorted().thenAscending(column);
    }

    public static Sort descending(Column<?> column) {
        return unsorted().thenDescending(column);
    }

    public Sort thenAscending(Column<?> column) {
        return then(new Order(column, Direction.ASC));
    }

    public Sort thenDescending(Column<?> column) {
        return then(new Order(column, Direction.DESC));
    }

    public Sort then(Order order) {
        List<Order> more = new ArrayList<>(orders);
        more.add(order);
        return new Sort(more);
    }

    /**
     * This sort made total by the key. The key follows the last column's direction so that a single index on
     * (..., column, key) serves both ascending and descending pages, the latter by scanning it backwards.
     */
    Sort tieBrokenBy(Column<?> key) {
        if (orders.stream().anyMatch(order -> order.column().name().equals(key.name()))) {
            return this;
        }
        Direction direction = orders.isEmpty() ? Direction.ASC : orders.get(orders.size() - 1).direction();
        return then(new Order(key, direction));
    }

    String toSql() {
        return String.join(", ", orders.stream().map(Order::toSql).toList());
    }
}
