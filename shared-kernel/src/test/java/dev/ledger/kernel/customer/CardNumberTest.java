package dev.ledger.kernel.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CardNumberTest {

    @ParameterizedTest
    @CsvSource({
            "4111111111111111, VISA",
            "4242 4242 4242 4242, VISA",
            "5555555555554444, MASTERCARD",
            "2223003122003222, MASTERCARD",
            "378282246310005, AMEX",
            "6011111111111117, DISCOVER",
            "3530111333300000, OTHER"})
    void tellsTheSchemeFromTheLeadingDigits(String number, CardBrand brand) {
        assertThat(CardNumber.parse(number).brand()).isEqualTo(brand);
    }

    @Test
    void aMistypedDigitFailsTheLuhnCheck() {
        assertThatThrownBy(() -> CardNumber.parse("4111111111111112"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("Luhn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "41111111111", "41111111111111111111", "4111-1111-1111-111a"})
    void onlyTwelveToNineteenDigitsAreACardNumber(String text) {
        assertThatThrownBy(() -> CardNumber.parse(text))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("cardNumber"));
    }

    @Test
    void keepsOnlyTheSchemeTheLastFourDigitsAndTheExpiry() {
        assertThat(CardNumber.parse("4111-1111-1111-1111").details(9, 2028))
                .isEqualTo(new CardDetails(CardBrand.VISA, "1111", 9, 2028));
    }

    @Test
    void neverShowsTheFullNumber() {
        assertThat(CardNumber.parse("378282246310005")).hasToString("***********0005");
    }
}
