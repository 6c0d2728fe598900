package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.ALICE_DATA;
import static dev.ledger.command.customer.CustomerTestData.ALICE_REF;
import static dev.ledger.command.customer.CustomerTestData.GERMANY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.customer.api.DuplicateExternalReference;
import dev.ledger.command.customer.api.RegisterCustomer;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.CustomerRegistered;
import org.junit.jupiter.api.Test;

class CustomerRegistrationTest {

    private final InMemoryCustomerReferences references = new InMemoryCustomerReferences();

    @Test
    void registeringRecordsTheCustomerWithItsCountryAndPersonalData() {
        CustomerTestData.fixture(references, new FakePaymentMethodUsage())
                .givenNoPriorActivity()
                .when(new RegisterCustomer(ACME, ALICE, ALICE_REF, GERMANY, ALICE_DATA))
                .expectEvents(new CustomerRegistered(ACME, ALICE, ALICE_REF, GERMANY, ALICE_DATA));
    }

    @Test
    void registeringClaimsTheExternalReferenceForTheNewCustomer() {
        CustomerTestData.fixture(references, new FakePaymentMethodUsage())
                .givenNoPriorActivity()
                .when(new RegisterCustomer(ACME, ALICE, ALICE_REF, GERMANY, ALICE_DATA))
                .expectSuccessfulHandlerExecution();

        assertThat(references.ownerOf(ACME, ALICE_REF)).isEqualTo(ALICE);
    }

    @Test
    void anExternalReferenceAnotherCustomerHoldsIsRejected() {
        references.claim(ACME, ALICE_REF, CustomerId.newId());

        CustomerTestData.fixture(references, new FakePaymentMethodUsage())
                .givenNoPriorActivity()
                .when(new RegisterCustomer(ACME, ALICE, ALICE_REF, GERMANY, ALICE_DATA))
                .expectException(DuplicateExternalReference.class)
                .expectNoEvents();
    }
}
