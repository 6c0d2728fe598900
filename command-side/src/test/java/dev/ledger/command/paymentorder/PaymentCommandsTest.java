package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.CUSTOMER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.command.paymentorder.api.CancelPayment;
import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.paymentorder.api.RecordProviderTransaction;
import dev.ledger.command.paymentorder.api.RefundPayment;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.ProviderReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Rules a command breaks on its own are refused before it reaches an order. */
class PaymentCommandsTest {

    @Test
    void capturingNothingIsRejected() {
        assertInvalid("amount", () -> new CapturePayment(ACME, ORDER, eur(0), null));
    }

    @Test
    void refundingNothingIsRejected() {
        assertInvalid("amount", () -> new RefundPayment(ACME, ORDER, eur(0), "returned", null));
    }

    @Test
    void anOrderForNothingIsRejected() {
        assertInvalid("amount", () -> new CreatePaymentOrder(ACME, ORDER, CUSTOMER, null, eur(0), null, null, null, null));
    }

    @Test
    void feeAndTaxMustBeInTheOrdersCurrency() {
        assertInvalid("currency",
                () -> new CreatePaymentOrder(ACME, ORDER, CUSTOMER, null, eur(100), Money.of(1, "USD"), null, null, null));
        assertInvalid("currency",
                () -> new CreatePaymentOrder(ACME, ORDER, CUSTOMER, null, eur(100), null, Money.of(1, "USD"), null, null));
    }

    @Test
    void aRefundOrCancellationNeedsAReason() {
        assertInvalid("reason", () -> new RefundPayment(ACME, ORDER, eur(1), "  ", null));
        assertInvalid("reason", () -> new CancelPayment(ACME, ORDER, null, null));
    }

    @Test
    void descriptionsAndReasonsAreTrimmed() {
        assertThat(new CreatePaymentOrder(ACME, ORDER, CUSTOMER, null, eur(1), null, null, " Order 42 ", null).description())
                .isEqualTo("Order 42");
        assertThat(new CancelPayment(ACME, ORDER, " duplicate ", null).reason()).isEqualTo("duplicate");
    }

    @Test
    void aProviderIsNamedByItsShortLowerCaseName() {
        assertInvalid("provider", () -> new RecordProviderTransaction(
                ACME, ORDER, "Stripe Inc.", ProviderReference.of("ch_1"), "succeeded", null, null));
    }

    private static void assertInvalid(String field, ThrowingCallable creation) {
        assertThatThrownBy(creation)
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
