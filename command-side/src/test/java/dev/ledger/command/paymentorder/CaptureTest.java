package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.authorized;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.captured;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.created;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.refunded;

import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.command.paymentorder.api.CaptureExceedsAuthorized;
import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CaptureTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void capturingTheAuthorizedAmountRecordsItAsTheTotal() {
        fixture.given(created(), authorized(10_000))
                .when(new CapturePayment(ACME, ORDER, eur(10_000), null))
                .expectEvents(new PaymentCaptured(ACME, ORDER, eur(10_000), eur(10_000)));
    }

    @Test
    void partialCapturesAddUpToARunningTotal() {
        fixture.given(created(), authorized(10_000), captured(3_000, 3_000))
                .when(new CapturePayment(ACME, ORDER, eur(2_500), null))
                .expectEvents(new PaymentCaptured(ACME, ORDER, eur(2_500), eur(5_500)));
    }

    @Test
    void capturesMayNotTogetherExceedTheAuthorizedAmount() {
        fixture.given(created(), authorized(6_000), captured(5_000, 5_000))
                .when(new CapturePayment(ACME, ORDER, eur(1_001), null))
                .expectException(CaptureExceedsAuthorized.class)
                .expectExceptionMessage("Cannot capture 10.01 EUR; only 10.00 EUR of the authorized amount is left");
    }

    @Test
    void aFullyCapturedOrderTakesNoFurtherCapture() {
        fixture.given(created(), authorized(10_000), captured(10_000, 10_000))
                .when(new CapturePayment(ACME, ORDER, eur(1), null))
                .expectException(CaptureExceedsAuthorized.class);
    }

    @Test
    void capturingBeforeAuthorizationIsAnIllegalTransition() {
        fixture.given(created())
                .when(new CapturePayment(ACME, ORDER, eur(1_000), null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is CREATED and cannot CAPTURE");
    }

    @Test
    void nothingIsCapturedAfterARefundBegan() {
        fixture.given(created(), authorized(10_000), captured(5_000, 5_000), refunded(1_000, 1_000))
                .when(new CapturePayment(ACME, ORDER, eur(1_000), null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is PARTIALLY_REFUNDED and cannot CAPTURE");
    }

    @Test
    void aFailedOrderCannotBeCaptured() {
        fixture.given(created(), authorized(10_000),
                        new PaymentFailed(ACME, ORDER, new FailureReason("do_not_honor", false, null)))
                .when(new CapturePayment(ACME, ORDER, eur(1_000), null))
                .expectException(IllegalPaymentTransition.class);
    }

    @Test
    void capturingInAnotherCurrencyIsRejected() {
        fixture.given(created(), authorized(10_000))
                .when(new CapturePayment(ACME, ORDER, Money.of(1_000, "GBP"), null))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }
}
