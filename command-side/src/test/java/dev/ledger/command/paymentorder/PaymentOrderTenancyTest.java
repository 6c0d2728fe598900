package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.GLOBEX;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.authorized;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.captured;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.created;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;

import dev.ledger.command.paymentorder.api.CancelPayment;
import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.command.paymentorder.api.RecordProviderTransaction;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.ProviderReference;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Other tenants meet the order as if it did not exist; a stale If-Match version is a conflict. */
class PaymentOrderTenancyTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void anotherOrganizationCannotCapture() {
        fixture.given(created(), authorized(10_000))
                .when(new CapturePayment(GLOBEX, ORDER, eur(1_000), null))
                .expectException(AggregateNotFoundException.class)
                .expectExceptionMessage("The aggregate was not found in the event store")
                .expectNoEvents();
    }

    @Test
    void anotherOrganizationLearnsNothingFromAnIllegalTransition() {
        fixture.given(created())
                .when(new CancelPayment(GLOBEX, ORDER, "probe", null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void anotherOrganizationCannotRecordAProviderTransaction() {
        fixture.given(created())
                .when(new RecordProviderTransaction(GLOBEX, ORDER, "stripe", ProviderReference.of("x"), "ok", null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aCaptureBasedOnTheLatestVersionIsAccepted() {
        fixture.given(created(), authorized(10_000))
                .when(new CapturePayment(ACME, ORDER, eur(1_000), 1L))
                .expectEvents(new PaymentCaptured(ACME, ORDER, eur(1_000), eur(1_000)));
    }

    @Test
    void aCaptureBasedOnAnOlderVersionIsAConflict() {
        fixture.given(created(), authorized(10_000), captured(1_000, 1_000))
                .when(new CapturePayment(ACME, ORDER, eur(1_000), 1L))
                .expectException(ConflictingAggregateVersionException.class);
    }
}
