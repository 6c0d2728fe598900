package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.CARD;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.CUSTOMER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.NUMBER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.authorized;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.created;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;

import dev.ledger.command.paymentorder.api.AuthorizeWithProvider;
import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.command.paymentorder.api.NoPaymentProviderConfigured;
import dev.ledger.command.paymentorder.api.PaymentProvider;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentAuthorized;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.ProviderReference;
import dev.ledger.kernel.paymentorder.ProviderTransactionRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ProviderAuthorizationTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);
    private final ProviderReference transaction = ProviderReference.of("tx_" + ORDER.value().toString().substring(0, 8));

    @Test
    void anApprovalIsRecordedAsTheGatewaysTransactionAndAuthorizesTheWholeOrder() {
        fixture.registerInjectableResource(new DeterministicTestProvider());

        fixture.given(created())
                .when(new AuthorizeWithProvider(ACME, ORDER, null))
                .expectEvents(
                        new ProviderTransactionRecorded(ACME, ORDER, DeterministicTestProvider.NAME, transaction,
                                "succeeded", eur(10_000)),
                        new PaymentAuthorized(ACME, ORDER, eur(10_000), transaction));
    }

    @Test
    void aDeclineIsRecordedAndFailsTheOrderWithTheGatewaysReason() {
        fixture.registerInjectableResource(new DeterministicTestProvider());

        fixture.given(new PaymentOrderCreated(ACME, ORDER, NUMBER, CUSTOMER, CARD, eur(10_013), eur(0), eur(0), null, null))
                .when(new AuthorizeWithProvider(ACME, ORDER, null))
                .expectEvents(
                        new ProviderTransactionRecorded(ACME, ORDER, DeterministicTestProvider.NAME, transaction,
                                "declined", eur(10_013)),
                        new PaymentFailed(ACME, ORDER, new FailureReason("card_declined", false,
                                "the issuer declined the card")));
    }

    @Test
    void anOrderAlreadyAuthorizedIsNotSentToTheGatewayAgain() {
        fixture.registerInjectableResource((PaymentProvider) request -> {
            throw new AssertionError("the gateway must not be asked");
        });

        fixture.given(created(), authorized(10_000))
                .when(new AuthorizeWithProvider(ACME, ORDER, null))
                .expectException(IllegalPaymentTransition.class)
                .expectNoEvents();
    }

    @Test
    void withoutAConfiguredGatewayNothingIsRecorded() {
        fixture.registerInjectableResource((PaymentProvider) request -> {
            throw new NoPaymentProviderConfigured();
        });

        fixture.given(created())
                .when(new AuthorizeWithProvider(ACME, ORDER, null))
                .expectException(NoPaymentProviderConfigured.class)
                .expectNoEvents();
    }
}
