package dev.ledger.kernel.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import org.junit.jupiter.api.Test;

class BankAccountDetailsTest {

    @Test
    void keepsCountryCheckDigitsAndLastFourOfAValidIban() {
        BankAccountDetails account = BankAccountDetails.fromIban("DE89 3704 0044 0532 0130 00", "Commerzbank");

        assertThat(account.maskedIban()).isEqualTo("DE89**************3000");
        assertThat(account.bankName()).isEqualTo("Commerzbank");
    }

    @Test
    void acceptsLowerCaseAndOtherCountries() {
        assertThat(BankAccountDetails.fromIban("gb82west12345698765432", null).maskedIban())
                .isEqualTo("GB82**************5432");
        assertThat(BankAccountDetails.fromIban("NL91ABNA0417164300", null).maskedIban()).isEqualTo("NL91**********4300");
    }

    @Test
    void aMistypedCharacterFailsTheMod97Check() {
        assertThatThrownBy(() -> BankAccountDetails.fromIban("DE89370400440532013001", null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("check-digit"));
    }

    @Test
    void swappedCheckDigitsFailTheMod97Check() {
        assertThatThrownBy(() -> BankAccountDetails.fromIban("DE98370400440532013000", null))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void rejectsWhatDoesNotLookLikeAnIban() {
        assertThatThrownBy(() -> BankAccountDetails.fromIban("1234", null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("iban"));
    }

    @Test
    void anUnmaskedIbanCannotBeKept() {
        assertThatThrownBy(() -> new BankAccountDetails("DE89370400440532013000", null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("masked"));
    }
}
