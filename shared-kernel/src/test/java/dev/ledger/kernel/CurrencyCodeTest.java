package dev.ledger.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CurrencyCodeTest {

    @Test
    void knowsEachCurrencysMinorUnitDigits() {
        assertThat(CurrencyCode.of("EUR").minorUnitDigits()).isEqualTo(2);
        assertThat(CurrencyCode.of("JPY").minorUnitDigits()).isEqualTo(0);
        assertThat(CurrencyCode.of("KWD").minorUnitDigits()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eur", "EURO", "ZZZ", "XXX", "E1R"})
    void rejectsWhatIsNotAnIso4217MoneyCurrency(String code) {
        assertThatThrownBy(() -> CurrencyCode.of(code))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("currency"));
    }
}
