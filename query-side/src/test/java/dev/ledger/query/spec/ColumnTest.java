package dev.ledger.query.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void namesMustBePlainLowerCaseIdentifiers() {
        assertThat(Column.text("status_2").name()).isEqualTo("status_2");
        assertThat(Column.text("_x").name()).isEqualTo("_x");
        for (String bad : new String[] {"Status", "2status", "status; DROP TABLE x", "a\"b", "a.b", "", " status",
                "x".repeat(64)}) {
            assertThatThrownBy(() -> Column.text(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void nullableVariantKeepsNameAndType() {
        Column<Instant> settledAt = Column.instant("settled_at").nullable();

        assertThat(settledAt).isEqualTo(new Column<>("settled_at", Instant.class, true));
        assertThat(Column.instant("settled_at").isNullable()).isFalse();
    }

    @Test
    void onlyTypesThatBindAndTravelInACursorAreAccepted() {
        assertThat(Column.bool("active").type()).isEqualTo(Boolean.class);
        assertThat(Column.int32("attempt").type()).isEqualTo(Integer.class);
        assertThatThrownBy(() -> new Column<>("rate", Double.class, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
