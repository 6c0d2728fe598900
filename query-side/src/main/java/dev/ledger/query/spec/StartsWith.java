package dev.ledger.query.spec;

import java.util.Objects;

record StartsWith(Column<String> column, String prefix) implements Specification {

    StartsWith {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(prefix, "prefix");
        column.checked(prefix);
    }

    @Override
    public SqlFragment toSql() {
        return SqlFragment.of(column.name() + " LIKE ? ESCAPE '\\'", escape(prefix) + "%");
    }

    // The escape character first, or the backslashes added for % and _ would be doubled.
    static String escape(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
