package dev.ledger.query.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

record And(List<Specification> parts) implements Specification {

    And {
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("AND needs two parts or more");
        }
    }

    /** Flattens nested ANDs and drops TRUE, so composed filters render without redundant parentheses. */
    static Specification of(List<Specification> parts) {
        List<Specification> flat = new ArrayList<>();
        for (Specification part : parts) {
            Objects.requireNonNull(part, "part");
            if (part == Constant.FALSE) {
                return Constant.FALSE;
            } else if (part instanceof And and) {
                flat.addAll(and.parts());
            } else if (part != Constant.TRUE) {
                flat.add(part);
            }
        }
        return switch (flat.size()) {
            case 0 -> Constant.TRUE;
            case 1 -> flat.get(0);
            default -> new And(flat);
        };
    }

    @Override
    public SqlFragment toSql() {
        SqlFragment sql = SqlFragment.of("");
        for (int i = 0; i < parts.size(); i++) {
            Specification part = parts.get(i);
            SqlFragment rendered = part instanceof Or ? part.toSql().parenthesised() : part.toSql();
            sql = sql.append(i == 0 ? "" : " AND ").append(rendered);
        }
        return sql;
    }
}
