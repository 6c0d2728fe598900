package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class EventTimestampsTest {

    @Test
    void readsEveryTimestampAxonWritesAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            // 1970 to 2200, at the millisecond Axon keeps.
            Instant instant = Instant.ofEpochMilli(random.nextLong(7_258_118_400_000L));
            String stored = DateTimeUtils.formatInstant(instant);

            assertThat(EventTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void handsOtherLayoutsToAxonsParser() {
        assertThat(EventTimestamps.parse("2026-11-22T07:47:12.123456789Z"))
                .isEqualTo(Instant.parse("2026-11-22T07:47:12.123456789Z"));
        assertThat(EventTimestamps.parse("2026-11-22T08:47:12.123+01:00"))
                .isEqualTo(Instant.parse("2026-11-22T07:47:12.123Z"));
        assertThat(EventTimestamps.parse("2026-11-22T07:47:12Z")).isEqualTo(Instant.parse("2026-11-22T07:47:12Z"));
    }

    @Test
    void leavesAnImpossibleDateToAxonsParserToRefuse() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventTimestamps.parse("2026-13-22T07:47:12.123Z"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}
