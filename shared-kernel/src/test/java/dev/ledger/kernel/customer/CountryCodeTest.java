package dev.ledger.kernel.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void acceptsIsoAlpha2Codes() {
        assertThat(CountryCode.of("DE")).hasToString("DE");
        assertThat(CountryCode.of("JP").code()).isEqualTo("JP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "de", "DEU", "XX", "ZZ", "D1"})
    void rejectsWhatIsNotAnIsoAlpha2Code(String code) {
        assertThatThrownBy(() -> CountryCode.of(code))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("country"));
    }
}
