package dev.ledger.query.spec;

import static dev.ledger.query.spec.Payments.AMOUNT;
import static dev.ledger.query.spec.Payments.CREATED_AT;
import static dev.ledger.query.spec.Payments.ID;
import static dev.ledger.query.spec.Payments.REFERENCE;
import static dev.ledger.query.spec.Payments.STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import org.junit.jupiter.api.Test;

class SortTest {

    @Test
    void sortingOnANullableColumnIsRefused() {
        assertThatThrownBy(() -> Sort.ascending(REFERENCE))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("sort"));
    }

    @Test
    void aColumnMayAppearOnlyOnce() {
        assertThatThrownBy(() -> Sort.ascending(STATUS).thenDescending(STATUS))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("sort"));
    }

    @Test
    void theKeyBreaksTiesInTheLastColumnsDirection() {
        assertThat(Sort.ascending(STATUS).thenDescending(CREATED_AT).tieBrokenBy(ID).toSql())
                .isEqualTo("status ASC, created_at DESC, id DESC");
        assertThat(Sort.descending(STATUS).thenAscending(AMOUNT).tieBrokenBy(ID).toSql())
                .isEqualTo("status DESC, amount_minor ASC, id ASC");
        assertThat(Sort.unsorted().tieBrokenBy(ID).toSql()).isEqualTo("id ASC");
    }

    @Test
    void theKeyIsNotAppendedWhenTheSortAlreadyHasIt() {
        assertThat(Sort.descending(ID).thenAscending(STATUS).tieBrokenBy(ID).toSql()).isEqualTo("id DESC, status ASC");
    }
}
