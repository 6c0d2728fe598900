package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.authorized;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.captured;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.created;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.refunded;

import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.command.paymentorder.api.RefundExceedsCaptured;
import dev.ledger.command.paymentorder.api.RefundPayment;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.PaymentRefunded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class RefundTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void aPartialRefundRecordsTheAmountAndTheRunningTotal() {
        fixture.given(created(), authorized(10_000), captured(8_000, 8_000), refunded(1_000, 1_000))
                .when(new RefundPayment(ACME, ORDER, eur(2_000), "late delivery", null))
                .expectEvents(new PaymentRefunded(ACME, ORDER, eur(2_000), eur(3_000), "late delivery"));
    }

    @Test
    void refundingTheRestOfTheCapturedAmountIsAllowed() {
        fixture.given(created(), authorized(10_000), captured(8_000, 8_000), refunded(3_000, 3_000))
                .when(new RefundPayment(ACME, ORDER, eur(5_000), "returned", null))
                .expectEvents(new PaymentRefunded(ACME, ORDER, eur(5_000), eur(8_000), "returned"));
    }

    @Test
    void refundsMayNotTogetherExceedTheCapturedAmount() {
        fixture.given(created(), authorized(10_000), captured(8_000, 8_000), refunded(3_000, 3_000))
                .when(new RefundPayment(ACME, ORDER, eur(5_001), "returned", null))
                .expectException(RefundExceedsCaptured.class)
                .expectExceptionMessage("Cannot refund 50.01 EUR; only 50.00 EUR of the captured amount is left");
    }

    @Test
    void refundingWhatWasOnlyAuthorizedIsAnIllegalTransition() {
        fixture.given(created(), authorized(10_000))
                .when(new RefundPayment(ACME, ORDER, eur(1_000), "returned", null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is AUTHORIZED and cannot REFUND");
    }

    @Test
    void aFullyRefundedOrderTakesNoFurtherRefund() {
        fixture.given(created(), authorized(10_000), captured(8_000, 8_000), refunded(8_000, 8_000))
                .when(new RefundPayment(ACME, ORDER, eur(1), "again", null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is REFUNDED and cannot REFUND");
    }

    @Test
    void refundingInAnotherCurrencyIsRejected() {
        fixture.given(created(), authorized(10_000), captured(8_000, 8_000))
                .when(new RefundPayment(ACME, ORDER, Money.of(1_000, "JPY"), "returned", null))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }
}
