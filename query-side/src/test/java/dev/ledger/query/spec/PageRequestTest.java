package dev.ledger.query.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void limitMustBeBetweenOneAndFiveHundred() {
        assertThat(PageRequest.first(1).limit()).isEqualTo(1);
        assertThat(PageRequest.offset(0, 500).limit()).isEqualTo(500);
        for (int bad : new int[] {0, -1, 501}) {
            assertThatThrownBy(() -> PageRequest.first(bad))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("limit"));
            assertThatThrownBy(() -> PageRequest.offset(0, bad))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("limit"));
            assertThatThrownBy(() -> PageRequest.after("abc", bad))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("limit"));
        }
    }

    @Test
    void offsetMustNotBeNegative() {
        assertThatThrownBy(() -> PageRequest.offset(-1, 10))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("offset"));
    }

    @Test
    void aCursorIsRequiredNonEmptyAndShort() {
        for (String bad : new String[] {null, "", "a".repeat(PageRequest.MAX_CURSOR_LENGTH + 1)}) {
            assertThatThrownBy(() -> PageRequest.after(bad, 10))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("cursor"));
        }
    }

    @Test
    void withTotalKeepsThePosition() {
        assertThat(PageRequest.after("abc", 20).withTotal())
                .isEqualTo(new PageRequest.Keyset(Optional.of("abc"), 20, true));
        assertThat(PageRequest.offset(40, 20).withTotal()).isEqualTo(new PageRequest.Offset(40, 20, true));
        assertThat(PageRequest.first(20).includeTotal()).isFalse();
    }
}
