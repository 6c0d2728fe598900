package dev.ledger.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

    @Test
    void isAVersion7RfcVariantUuid() {
        UUID id = TimeOrderedUuid.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAcrossMilliseconds() throws InterruptedException {
        UUID first = TimeOrderedUuid.next();
        Thread.sleep(3);
        UUID second = TimeOrderedUuid.next();

        assertThat(first.toString()).isLessThan(second.toString());
    }

    @Test
    void parsingRejectsNonCanonicalText() {
        assertThat(OrganizationId.parse("0190f3a2-7c4e-7abc-8def-0123456789ab").value().version()).isEqualTo(7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrganizationId.parse("1-2-3-4-5"))
                .isInstanceOf(InvalidValue.class);
    }
}
