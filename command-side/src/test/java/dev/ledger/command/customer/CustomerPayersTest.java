package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.GLOBEX;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;
import static dev.ledger.command.customer.CustomerTestData.cardAdded;

import dev.ledger.command.customer.api.CustomerIsArchived;
import dev.ledger.command.customer.api.PaymentMethodNotActive;
import dev.ledger.command.customer.api.UnknownPaymentMethod;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CustomerPayers} asked through a test-only command, so it loads the customer as in production. */
class CustomerPayersTest {

    record ConfirmPayer(OrganizationId organizationId, @TargetAggregateIdentifier CustomerId customerId,
            PaymentMethodId paymentMethodId) {
    }

    static final class ConfirmPayerHandler {

        private final CustomerPayers payers;

        ConfirmPayerHandler(CustomerPayers payers) {
            this.payers = payers;
        }

        @CommandHandler
        String handle(ConfirmPayer command) {
            payers.confirmCanPay(command.organizationId(), command.customerId(), command.paymentMethodId());
            return "can pay";
        }
    }

    private final AggregateTestFixture<Customer> fixture = CustomerTestData.fixture();
    private final PaymentMethodId card = PaymentMethodId.newId();

    @BeforeEach
    void registerTheHandler() {
        fixture.registerAnnotatedCommandHandler(new ConfirmPayerHandler(new CustomerPayers(fixture.getRepository())));
    }

    @Test
    void aCustomerWithTheNamedActiveMethodCanPay() {
        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new ConfirmPayer(ACME, ALICE, card))
                .expectResultMessagePayload("can pay")
                .expectNoEvents();
    }

    @Test
    void aCustomerCanPayWithoutNamingAMethod() {
        fixture.given(aliceRegistered())
                .when(new ConfirmPayer(ACME, ALICE, null))
                .expectResultMessagePayload("can pay");
    }

    @Test
    void anArchivedCustomerCannotPay() {
        fixture.given(aliceRegistered(), cardAdded(card, true), new CustomerArchived(ACME, ALICE, "closed"))
                .when(new ConfirmPayer(ACME, ALICE, card))
                .expectException(CustomerIsArchived.class);
    }

    @Test
    void anotherOrganizationsCustomerIsNotFound() {
        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new ConfirmPayer(GLOBEX, ALICE, card))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aRemovedMethodCannotPay() {
        fixture.given(aliceRegistered(), cardAdded(card, true), new PaymentMethodRemoved(ACME, ALICE, card, true, null))
                .when(new ConfirmPayer(ACME, ALICE, card))
                .expectException(PaymentMethodNotActive.class);
    }

    @Test
    void aMethodOfNoOneCannotPay() {
        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new ConfirmPayer(ACME, ALICE, PaymentMethodId.newId()))
                .expectException(UnknownPaymentMethod.class);
    }

    @Test
    void aCustomerThatWasNeverRegisteredIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ConfirmPayer(ACME, ALICE, null))
                .expectException(AggregateNotFoundException.class);
    }
}
