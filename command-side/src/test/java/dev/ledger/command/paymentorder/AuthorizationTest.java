package dev.ledger.command.paymentorder;

import static dev.ledger.command.paymentorder.PaymentOrderTestData.ACME;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.AUTH_REF;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.ORDER;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.authorized;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.created;
import static dev.ledger.command.paymentorder.PaymentOrderTestData.eur;

import dev.ledger.command.paymentorder.api.AuthorizationExceedsOrder;
import dev.ledger.command.paymentorder.api.AuthorizePayment;
import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.PaymentAuthorized;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void authorizingTheOrderedAmountRecordsItWithTheGatewaysReference() {
        fixture.given(created())
                .when(new AuthorizePayment(ACME, ORDER, eur(10_000), AUTH_REF, null))
                .expectEvents(new PaymentAuthorized(ACME, ORDER, eur(10_000), AUTH_REF));
    }

    @Test
    void aPartialAuthorizationIsRecordedAsSuch() {
        fixture.given(created())
                .when(new AuthorizePayment(ACME, ORDER, eur(6_000), null, null))
                .expectEvents(new PaymentAuthorized(ACME, ORDER, eur(6_000), null));
    }

    @Test
    void authorizingMoreThanOrderedIsRejected() {
        fixture.given(created())
                .when(new AuthorizePayment(ACME, ORDER, eur(10_001), AUTH_REF, null))
                .expectException(AuthorizationExceedsOrder.class)
                .expectExceptionMessage("Cannot authorize 100.01 EUR of an order for 100.00 EUR");
    }

    @Test
    void authorizingInAnotherCurrencyIsRejected() {
        fixture.given(created())
                .when(new AuthorizePayment(ACME, ORDER, Money.of(10_000, "USD"), AUTH_REF, null))
                .expectException(InvalidValue.class)
                .expectExceptionMessage("currency: must be EUR like the order, not USD");
    }

    @Test
    void authorizingTwiceIsAnIllegalTransition() {
        fixture.given(created(), authorized(10_000))
                .when(new AuthorizePayment(ACME, ORDER, eur(10_000), AUTH_REF, null))
                .expectException(IllegalPaymentTransition.class)
                .expectExceptionMessage("Payment order " + ORDER + " is AUTHORIZED and cannot AUTHORIZE");
    }

    @Test
    void aCanceledOrderCannotBeAuthorized() {
        fixture.given(created(), new PaymentCanceled(ACME, ORDER, "customer changed mind"))
                .when(new AuthorizePayment(ACME, ORDER, eur(10_000), AUTH_REF, null))
                .expectException(IllegalPaymentTransition.class)
                .expectNoEvents();
    }
}
