package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.authorized;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.captured;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.created;

import dev.ledger.command.paymentorder.api.CancelPayment;
import dev.ledger.command.paymentorder.api.FailPayment;
import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CancelAndFailTest {

    private static final FailureReason DECLINED = new FailureReason("card_declined", true, "Insufficient funds");

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void aNewOrderCanBeCanceled() {
        fixture.given(created())
                .when(new CancelPayment(ACME, ORDER, "duplicate order", null))
                .expectEvents(new PaymentCanceled(ACME, ORDER, "duplicate order"));
    }

    @Test
    void anAuthorizedOrderCanBeCanceled() {
        fixture.given(created(), authorized(10_000))
                .when(new CancelPayment(ACME, ORDER, "out of stock", null))
                .expectEvents(new PaymentCanceled(ACME, ORDER, "out of stock"));
    }

    @Test
    void aCapturedOrderCannotBeCanceled() {
        fixture.given(created(), authorized(10_000), captured(10_000, 10_000))
                .when(new CancelPayment(ACME, ORDER, "too late", null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is CAPTURED and cannot CANCEL");
    }

    @Test
    void aCanceledOrderCannotBeCanceledAgain() {
        fixture.given(created(), new PaymentCanceled(ACME, ORDER, "duplicate order"))
                .when(new CancelPayment(ACME, ORDER, "duplicate order", null))
                .expectException(IllegalPaymentTransition.class);
    }

    @Test
    void aNewOrderCanFailWithItsReason() {
        fixture.given(created())
                .when(new FailPayment(ACME, ORDER, DECLINED, null))
                .expectEvents(new PaymentFailed(ACME, ORDER, DECLINED));
    }

    @Test
    void anAuthorizedOrderCanFail() {
        fixture.given(created(), authorized(10_000))
                .when(new FailPayment(ACME, ORDER, DECLINED, null))
                .expectEvents(new PaymentFailed(ACME, ORDER, DECLINED));
    }

    @Test
    void aCapturedOrderCannotFail() {
        fixture.given(created(), authorized(10_000), captured(10_000, 10_000))
                .when(new FailPayment(ACME, ORDER, DECLINED, null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is CAPTURED and cannot FAIL");
    }

    @Test
    void aFailedOrderCannotBeCanceled() {
        fixture.given(created(), new PaymentFailed(ACME, ORDER, DECLINED))
                .when(new CancelPayment(ACME, ORDER, "cleanup", null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is FAILED and cannot CANCEL");
    }
}
