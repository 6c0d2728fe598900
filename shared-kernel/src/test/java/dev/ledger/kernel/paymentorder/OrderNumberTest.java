package dev.ledger.kernel.paymentorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderNumberTest {

    @Test
    void isTheDayAndTheSequenceZeroPaddedToSixDigits() {
        assertThat(OrderNumber.of(LocalDate.of(2025, 6, 15), 42)).hasToString("20250615-000042");
    }

    @Test
    void growsPastSixDigitsOnABusyDay() {
        OrderNumber number = OrderNumber.of(LocalDate.of(2025, 6, 15), 1_234_567);

        assertThat(number.value()).isEqualTo("20250615-1234567");
        assertThat(number.sequence()).isEqualTo(1_234_567);
    }

    @Test
    void parsesBackToItsDayAndSequence() {
        OrderNumber number = OrderNumber.parse("20240229-000007");

        assertThat(number.day()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(number.sequence()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025061-000001", "20250615-00001", "20250615000001", "20250230-000001",
            "20250615-000000", "20250615-00000a"})
    void rejectsWhatIsNotAnOrderNumber(String text) {
        assertThatThrownBy(() -> OrderNumber.parse(text))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("orderNumber"));
    }

    @Test
    void sequencesStartAtOne() {
        assertThatThrownBy(() -> OrderNumber.of(LocalDate.of(2025, 6, 15), 0))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("sequence"));
    }
}
