package dev.ledger.kernel.paymentorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentOrderEventsTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final PaymentOrderId ORDER = PaymentOrderId.newId();
    private static final OrderNumber NUMBER = OrderNumber.of(LocalDate.of(2025, 6, 15), 1);

    @Test
    void feeAndTaxAreInTheOrdersCurrency() {
        assertThatThrownBy(() -> new PaymentOrderCreated(ACME, ORDER, NUMBER, CustomerId.newId(), null,
                Money.of(100, "EUR"), Money.of(1, "USD"), Money.of(0, "EUR"), null, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("currency"));
    }

    @Test
    void anOrderIsForMoreThanNothing() {
        assertThatThrownBy(() -> new PaymentOrderCreated(ACME, ORDER, NUMBER, CustomerId.newId(), null,
                Money.of(0, "EUR"), Money.of(0, "EUR"), Money.of(0, "EUR"), null, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void aFailureCodeIsMachineReadableAndItsMessageOptional() {
        assertThat(new FailureReason("insufficient_funds", true, null).message()).isNull();
        assertThatThrownBy(() -> new FailureReason("insufficient funds", true, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("failure.code"));
    }

    @Test
    void aProviderReferenceIsPrintableWithoutSpaces() {
        assertThat(ProviderReference.of("pi_3NXa2b").value()).isEqualTo("pi_3NXa2b");
        assertThatThrownBy(() -> ProviderReference.of("pi 3NXa2b")).isInstanceOf(InvalidValue.class);
    }
}
