package dev.ledger.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndSubtractsInMinorUnits() {
        Money total = Money.of(1050, "EUR").plus(Money.of(25, "EUR")).minus(Money.of(75, "EUR"));

        assertThat(total).isEqualTo(Money.of(1000, "EUR"));
    }

    @Test
    void showsTheAmountAtTheCurrencysScale() {
        assertThat(Money.of(1050, "EUR").toDecimal()).isEqualTo(new BigDecimal("10.50"));
        assertThat(Money.of(1050, "JPY").toDecimal()).isEqualTo(new BigDecimal("1050"));
        assertThat(Money.of(1050, "BHD").toDecimal()).isEqualTo(new BigDecimal("1.050"));
        assertThat(Money.of(1050, "EUR")).hasToString("10.50 EUR");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "EUR").plus(Money.of(1, "USD")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("currency"));
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> Money.of(-1, "EUR"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> Money.of(1, "EUR").minus(Money.of(2, "EUR"))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void refusesAmountsAboveTheCap() {
        assertThat(Money.of(Money.MAX_MINOR_UNITS, "EUR").amountMinor()).isEqualTo(Money.MAX_MINOR_UNITS);
        assertThatThrownBy(() -> Money.of(Money.MAX_MINOR_UNITS + 1, "EUR"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("must not exceed"));
        assertThatThrownBy(() -> Money.of(Money.MAX_MINOR_UNITS, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(InvalidValue.class);
    }
}
