package dev.ledger.query.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

record Or(List<Specification> parts) implements Specification {

    Or {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("OR needs two parts or more");
        }
    }

    /** Flattens nested ORs and drops FALSE, the mirror of {@link And#of}. */
    static Specification of(List<Specification> parts) {
        List<Specification> flat = new ArrayList<>();
        for (Specification part : parts) {
            Objects.requireNonNull(part, "part");
            if (part == Constant.TRUE) {
                return Constant.TRUE;
            } else if (part instanceof Or or) {
                flat.addAll(or.parts());
            } else if (part != Constant.FALSE) {
                flat.add(part);
            }
        }
        return switch (flat.size()) {
            case 0 -> Constant.FALSE;
            case 1 -> flat.get(0);
            default -> new Or(flat);
        };
    }

    @Override
    public SqlFragment toSql() {
        SqlFragment sql = SqlFragment.of("");
        for (int i = 0; i < parts.size(); i++) {
            Specification part = parts.get(i);
            SqlFragment rendered = part instanceof And ? part.toSql().parenthesised() : part.toSql();
            sql = sql.append(i == 0 ? "" : " OR ").append(rendered);
        }
        return sql;
    }
}
