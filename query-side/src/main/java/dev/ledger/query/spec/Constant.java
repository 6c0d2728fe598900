package dev.ledger.query.spec;

enum Constant implements Specification {
    TRUE, FALSE;

    @Override
    public SqlFragment toSql() {
        return SqlFragment.of(name());
    }
}
