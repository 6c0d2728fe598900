package dev.ledger.query.spec;

import java.util.List;

/** "Rows after this one" in a sort of any mix of directions, as SQL. */
final class KeysetPredicate {

    private KeysetPredicate() {
    }

    /**
     * For (a ASC, b DESC, id ASC): {@code a > ? OR (a = ? AND (b < ? OR (b = ? AND id > ?)))}. A row-value
     * comparison {@code (a, b, id) > (?, ?, ?)} would be shorter but cannot express mixed directions.
     */
    static SqlFragment after(List<Sort.Order> orders, List<Object> values) {
        if (orders.isEmpty() || orders.size() != values.size()) {
            throw new IllegalArgumentException(orders.size() + " sort columns but " + values.size() + " values");
        }
        int last = orders.size() - 1;
        SqlFragment tail = beyond(orders.get(last), values.get(last));
        for (int i = last - 1; i >= 0; i--) {
            SqlFragment inner = i == last - 1 ? tail : tail.parenthesised();
            tail = beyond(orders.get(i), values.get(i))
                    .append(" OR (")
                    .append(equal(orders.get(i), values.get(i)))
                    .append(" AND ")
                    .append(inner)
                    .append(")");
        }
        return tail;
    }

    /**
     * The same, led by a redundant {@code a >= ?}: the OR above is no index bound, this is, so a deep page starts
     * its index scan at the cursor instead of filtering every earlier row.
     */
    static SqlFragment afterWithIndexBound(List<Sort.Order> orders, List<Object> values) {
        SqlFragment after = after(orders, values);
        if (orders.size() == 1) {
            return after;
        }
        Sort.Order first = orders.get(0);
        String bound = first.direction() == Sort.Direction.ASC ? " >= ?" : " <= ?";
        return SqlFragment.of(first.column().name() + bound, first.column().toJdbc(values.get(0)))
                .append(" AND ")
                .append(after.parenthesised());
    }

    private static SqlFragment beyond(Sort.Order order, Object value) {
        String operator = order.direction() == Sort.Direction.ASC ? " > ?" : " < ?";
        return SqlFragment.of(order.column().name() + operator, order.column().toJdbc(value));
    }

    private static SqlFragment equal(Sort.Order order, Object value) {
        return SqlFragment.of(order.column().name() + " = ?", order.column().toJdbc(value));
    }
}
