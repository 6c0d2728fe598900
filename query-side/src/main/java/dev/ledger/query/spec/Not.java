package dev.ledger.query.spec;

import java.util.Objects;

record Not(Specification inner) implements Specification {

    Not {
        Objects.requireNonNull(inner, "inner");
    }

    static Specification of(Specification inner) {
        if (inner == Constant.TRUE) {
            return Constant.FALSE;
        }
        if (inner == Constant.FALSE) {
            return Constant.TRUE;
        }
        // NOT NOT x is x under SQL's three-valued logic too: NOT UNKNOWN is UNKNOWN.
        return inner instanceof Not not ? not.inner() : new Not(inner);
    }

    @Override
    public SqlFragment toSql() {
        return SqlFragment.of("NOT ").append(inner.toSql().parenthesised());
    }
}
