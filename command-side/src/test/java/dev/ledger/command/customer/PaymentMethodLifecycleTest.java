package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;
import static dev.ledger.command.customer.CustomerTestData.bankAccountAdded;
import static dev.ledger.command.customer.CustomerTestData.cardAdded;

import dev.ledger.command.customer.api.PaymentMethodNotActive;
import dev.ledger.command.customer.api.SetDefaultPaymentMethod;
import dev.ledger.command.customer.api.UnknownPaymentMethod;
import dev.ledger.command.customer.api.VerifyPaymentMethod;
import dev.ledger.kernel.customer.DefaultPaymentMethodChanged;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import dev.ledger.kernel.customer.PaymentMethodVerified;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class PaymentMethodLifecycleTest {

    private final AggregateTestFixture<Customer> fixture = CustomerTestData.fixture();
    private final PaymentMethodId card = PaymentMethodId.newId();
    private final PaymentMethodId account = PaymentMethodId.newId();

    @Test
    void verifyingRecordsTheMethodAsVerified() {
        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new VerifyPaymentMethod(ACME, ALICE, card, null))
                .expectEvents(new PaymentMethodVerified(ACME, ALICE, card));
    }

    @Test
    void verifyingAVerifiedMethodAgainRecordsNothing() {
        fixture.given(aliceRegistered(), cardAdded(card, true), new PaymentMethodVerified(ACME, ALICE, card))
                .when(new VerifyPaymentMethod(ACME, ALICE, card, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void verifyingAMethodTheCustomerNeverHadIsRejected() {
        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new VerifyPaymentMethod(ACME, ALICE, account, null))
                .expectException(UnknownPaymentMethod.class);
    }

    @Test
    void verifyingARemovedMethodIsRejected() {
        fixture.given(aliceRegistered(), cardAdded(card, true), new PaymentMethodRemoved(ACME, ALICE, card, true, null))
                .when(new VerifyPaymentMethod(ACME, ALICE, card, null))
                .expectException(PaymentMethodNotActive.class);
    }

    @Test
    void choosingAnotherDefaultRecordsThePreviousAndTheNewOne() {
        fixture.given(aliceRegistered(), cardAdded(card, true), bankAccountAdded(account, false))
                .when(new SetDefaultPaymentMethod(ACME, ALICE, account, null))
                .expectEvents(new DefaultPaymentMethodChanged(ACME, ALICE, card, account));
    }

    @Test
    void choosingTheCurrentDefaultRecordsNothing() {
        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new SetDefaultPaymentMethod(ACME, ALICE, card, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRemovedMethodCannotBecomeTheDefault() {
        fixture.given(aliceRegistered(), cardAdded(card, true), bankAccountAdded(account, false),
                        new PaymentMethodRemoved(ACME, ALICE, account, false, null))
                .when(new SetDefaultPaymentMethod(ACME, ALICE, account, null))
                .expectException(PaymentMethodNotActive.class);
    }

    @Test
    void aDefaultSetAfterTheLastOneWasRemovedHasNoPrevious() {
        fixture.given(aliceRegistered(), cardAdded(card, true), bankAccountAdded(account, false),
                        new PaymentMethodRemoved(ACME, ALICE, card, true, null))
                .when(new SetDefaultPaymentMethod(ACME, ALICE, account, null))
                .expectEvents(new DefaultPaymentMethodChanged(ACME, ALICE, null, account));
    }
}
