package dev.ledger.kernel.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerValuesTest {

    @Test
    void idsPrintAndParseAsTheirUuid() {
        CustomerId id = CustomerId.newId();

        assertThat(CustomerId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> PaymentMethodId.parse("nope"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("paymentMethodId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "emoji-\u2615", "semi;colon"})
    void anExternalReferenceIsPlainAsciiWithoutSpaces(String text) {
        assertThatThrownBy(() -> ExternalReference.of(text))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("externalReference"));
    }

    @Test
    void anExternalReferenceMayHoldTheUsualSeparators() {
        assertThat(ExternalReference.of("crm:cust_42.v-1").value()).isEqualTo("crm:cust_42.v-1");
        assertThatThrownBy(() -> ExternalReference.of("x".repeat(ExternalReference.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void anAddedMethodCarriesExactlyTheDetailsOfItsType() {
        CardDetails card = new CardDetails(CardBrand.VISA, "4242", 1, 2030);
        CryptoWalletDetails wallet = new CryptoWalletDetails("bitcoin", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");

        assertThatThrownBy(() -> new PaymentMethodAdded(OrganizationId.newId(), CustomerId.newId(), PaymentMethodId.newId(),
                PaymentMethodType.CARD, card, null, wallet, true))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> new PaymentMethodAdded(OrganizationId.newId(), CustomerId.newId(), PaymentMethodId.newId(),
                PaymentMethodType.BANK_ACCOUNT, card, null, null, true))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void onlyRemovingTheDefaultCanPromoteAnother() {
        assertThatThrownBy(() -> new PaymentMethodRemoved(OrganizationId.newId(), CustomerId.newId(),
                PaymentMethodId.newId(), false, PaymentMethodId.newId()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("promotedDefault"));
    }
}
