package dev.ledger.kernel.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final PostalAddress DUBLIN = new PostalAddress(List.of(" 1 Main Street "), "Dublin", null, CountryCode.of("IE"));

    @Test
    void neverPrintsThePersonalDataItHolds() {
        PersonalData data = new PersonalData(new EmailAddress("alice@example.com"), new PersonName("Alice"), DUBLIN);

        assertThat(data.toString()).doesNotContain("alice", "Alice", "Dublin").isEqualTo("PersonalData[redacted]");
    }

    @Test
    void anAddressIsOptionalButEmailAndNameAreNot() {
        assertThat(new PersonalData(new EmailAddress("a@example.com"), new PersonName("A"), null).address()).isNull();
        assertThatThrownBy(() -> new PersonalData(null, new PersonName("A"), null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void anAddressLineIsTrimmedAndThePostalCodeIsOptional() {
        assertThat(DUBLIN.lines()).containsExactly("1 Main Street");
        assertThat(DUBLIN.postalCode()).isNull();
    }

    @Test
    void anAddressHasOneToThreeLines() {
        assertThatThrownBy(() -> new PostalAddress(List.of(), "Dublin", null, CountryCode.of("IE")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("address.lines"));
        assertThatThrownBy(() -> new PostalAddress(List.of("a", "b", "c", "d"), "Dublin", null, CountryCode.of("IE")))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aPostalCodeIsLettersDigitsSpacesAndHyphens() {
        assertThat(new PostalAddress(List.of("1 Rd"), "London", "SW1A 1AA", CountryCode.of("GB")).postalCode())
                .isEqualTo("SW1A 1AA");
        assertThatThrownBy(() -> new PostalAddress(List.of("1 Rd"), "London", "SW1A;1AA", CountryCode.of("GB")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("address.postalCode"));
    }

    @Test
    void aNameHasNoControlCharacters() {
        assertThatThrownBy(() -> new PersonName("Alice\nLiddell"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("control"));
    }

    @Test
    void erasedPersonalDataHoldsNoValuesAndSaysSo() {
        PersonalData erased = PersonalData.ERASED;

        assertThat(erased.erased()).isTrue();
        assertThat(erased.email()).isNull();
        assertThat(erased.name()).isNull();
        assertThat(erased.toString()).isEqualTo("PersonalData[erased]");
    }

    @Test
    void erasedPersonalDataWithAValueIsRejected() {
        assertThatThrownBy(() -> new PersonalData(new EmailAddress("a@example.com"), null, null, true))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("personalData"));
    }

    @Test
    void erasedPersonalDataIsNeverRecorded() {
        assertThatThrownBy(() -> PersonalData.toRecord(PersonalData.ERASED))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("personalData"));
    }

    @Test
    void anErasedWalletHoldsNoValuesAndAWalletNeverPrintsItsAddress() {
        CryptoWalletDetails wallet = new CryptoWalletDetails("ethereum", "0x52908400098527886E0F7030069857D2E4169EE7");

        assertThat(wallet.toString()).doesNotContain("0x5290").contains("ethereum");
        assertThat(CryptoWalletDetails.ERASED.address()).isNull();
        assertThatThrownBy(() -> new CryptoWalletDetails("ethereum", null, true))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("wallet"));
    }
}
