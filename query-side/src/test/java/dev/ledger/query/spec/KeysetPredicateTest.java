package dev.ledger.query.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetPredicateTest {

    private static final Column<String> A = Column.text("a");
    private static final Column<Long> B = Column.int64("b");
    private static final Column<Long> ID = Column.int64("id");

    @Test
    void mixedDirectionsExpandIntoNestedComparisons() {
        Sort sort = Sort.ascending(A).thenDescending(B).thenAscending(ID);

        SqlFragment after = KeysetPredicate.after(sort.orders(), List.of("x", 2L, 3L));

        assertThat(after).isEqualTo(SqlFragment.of(
                "a > ? OR (a = ? AND (b < ? OR (b = ? AND id > ?)))", "x", "x", 2L, 2L, 3L));
    }

    @Test
    void twoColumnsNeedNoInnerParentheses() {
        SqlFragment after = KeysetPredicate.after(Sort.descending(A).thenDescending(ID).orders(), List.of("x", 3L));

        assertThat(after).isEqualTo(SqlFragment.of("a < ? OR (a = ? AND id < ?)", "x", "x", 3L));
    }

    @Test
    void aSingleColumnIsOneComparison() {
        assertThat(KeysetPredicate.afterWithIndexBound(Sort.descending(ID).orders(), List.of(3L)))
                .isEqualTo(SqlFragment.of("id < ?", 3L));
    }

    @Test
    void theLeadingColumnAlsoGetsAnInclusiveBoundAnIndexCanStartFrom() {
        SqlFragment ascending = KeysetPredicate.afterWithIndexBound(
                Sort.ascending(A).thenAscending(ID).orders(), List.of("x", 3L));
        SqlFragment descending = KeysetPredicate.afterWithIndexBound(
                Sort.descending(A).thenDescending(ID).orders(), List.of("x", 3L));

        assertThat(ascending).isEqualTo(SqlFragment.of("a >= ? AND (a > ? OR (a = ? AND id > ?))", "x", "x", "x", 3L));
        assertThat(descending).isEqualTo(SqlFragment.of("a <= ? AND (a < ? OR (a = ? AND id < ?))", "x", "x", "x", 3L));
    }
}
