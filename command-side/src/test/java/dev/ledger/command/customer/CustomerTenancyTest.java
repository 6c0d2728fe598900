package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.ALICE_DATA;
import static dev.ledger.command.customer.CustomerTestData.GERMANY;
import static dev.ledger.command.customer.CustomerTestData.GLOBEX;
import static dev.ledger.command.customer.CustomerTestData.VISA_2027;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;
import static dev.ledger.command.customer.CustomerTestData.cardAdded;

import dev.ledger.command.customer.api.AddCard;
import dev.ledger.command.customer.api.ArchiveCustomer;
import dev.ledger.command.customer.api.CustomerIsArchived;
import dev.ledger.command.customer.api.RemovePaymentMethod;
import dev.ledger.command.customer.api.UpdateCustomerDetails;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.PaymentMethodId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Another organization's command meets a customer as if it did not exist, before any rule can give it away. */
class CustomerTenancyTest {

    private final AggregateTestFixture<Customer> fixture = CustomerTestData.fixture();

    @Test
    void anotherOrganizationCannotUpdateTheCustomer() {
        fixture.given(aliceRegistered())
                .when(new UpdateCustomerDetails(GLOBEX, ALICE, GERMANY, ALICE_DATA, null))
                .expectException(AggregateNotFoundException.class)
                .expectExceptionMessage("The aggregate was not found in the event store")
                .expectNoEvents();
    }

    @Test
    void anotherOrganizationCannotAddAPaymentMethod() {
        fixture.given(aliceRegistered())
                .when(new AddCard(GLOBEX, ALICE, PaymentMethodId.newId(), VISA_2027, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganizationCannotRemoveAPaymentMethod() {
        PaymentMethodId card = PaymentMethodId.newId();
        fixture.given(aliceRegistered(), cardAdded(card, true))
                .when(new RemovePaymentMethod(GLOBEX, ALICE, card, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganizationLearnsNothingFromAnArchivedCustomer() {
        fixture.given(aliceRegistered(), new CustomerArchived(CustomerTestData.ACME, ALICE, "closed"))
                .when(new ArchiveCustomer(GLOBEX, ALICE, "closed", null))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void theTenantIsCheckedBeforeAnyBusinessRule() {
        fixture.given(aliceRegistered(), new CustomerArchived(CustomerTestData.ACME, ALICE, "closed"))
                .when(new UpdateCustomerDetails(GLOBEX, ALICE, GERMANY, ALICE_DATA, null))
                .expectException(AggregateNotFoundException.class);
        CustomerTestData.fixture()
                .given(aliceRegistered(), new CustomerArchived(CustomerTestData.ACME, ALICE, "closed"))
                .when(new UpdateCustomerDetails(CustomerTestData.ACME, ALICE, GERMANY, ALICE_DATA, null))
                .expectException(CustomerIsArchived.class);
    }
}
