package dev.ledger.kernel.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CardDetailsTest {

    @Test
    void aCardIsGoodThroughItsExpiryMonth() {
        CardDetails june = new CardDetails(CardBrand.VISA, "4242", 6, 2025);

        assertThat(june.expiredBy(YearMonth.of(2025, 6))).isFalse();
        assertThat(june.expiredBy(YearMonth.of(2025, 7))).isTrue();
    }

    @Test
    void theExpiryMonthIsOneToTwelve() {
        assertThatThrownBy(() -> new CardDetails(CardBrand.VISA, "4242", 13, 2025))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("card.expiryMonth"));
    }

    @Test
    void theExpiryYearHasFourDigits() {
        assertThatThrownBy(() -> new CardDetails(CardBrand.VISA, "4242", 6, 25))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("card.expiryYear"));
    }

    @Test
    void lastFourAreFourDigits() {
        assertThatThrownBy(() -> new CardDetails(CardBrand.VISA, "424", 6, 2025)).isInstanceOf(InvalidValue.class);
    }
}
