package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.authorized;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.captured;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.created;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.refunded;

import dev.ledger.command.paymentorder.api.RecordProviderTransaction;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import dev.ledger.kernel.paymentorder.ProviderReference;
import dev.ledger.kernel.paymentorder.ProviderTransactionRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A gateway's report is a fact about the gateway, so it is kept whatever state the order is in. */
class ProviderTransactionTest {

    private static final ProviderReference TXN = ProviderReference.of("ch_3NXa2b9");

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void aReportOnACanceledOrderIsStillRecorded() {
        fixture.given(created(), new PaymentCanceled(ACME, ORDER, "duplicate"))
                .when(new RecordProviderTransaction(ACME, ORDER, "stripe", TXN, "succeeded", eur(10_000), null))
                .expectEvents(new ProviderTransactionRecorded(ACME, ORDER, "stripe", TXN, "succeeded", eur(10_000)));
    }

    @Test
    void aReportOnARefundedOrderWithoutAnAmountIsRecorded() {
        fixture.given(created(), authorized(10_000), captured(10_000, 10_000), refunded(10_000, 10_000))
                .when(new RecordProviderTransaction(ACME, ORDER, "adyen", TXN, "REFUND_PENDING", null, null))
                .expectEvents(new ProviderTransactionRecorded(ACME, ORDER, "adyen", TXN, "REFUND_PENDING", null));
    }

    @Test
    void aReportInAnotherCurrencyIsRejected() {
        fixture.given(created())
                .when(new RecordProviderTransaction(ACME, ORDER, "stripe", TXN, "succeeded", Money.of(100, "USD"), null))
                .expectException(InvalidValue.class)
                .expectNoEvents();
    }
}
