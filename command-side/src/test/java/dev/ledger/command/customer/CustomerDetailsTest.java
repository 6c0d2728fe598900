package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.ALICE_DATA;
import static dev.ledger.command.customer.CustomerTestData.GERMANY;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;

import dev.ledger.command.customer.api.ArchiveCustomer;
import dev.ledger.command.customer.api.CustomerIsArchived;
import dev.ledger.command.customer.api.UpdateCustomerDetails;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.customer.PostalAddress;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CustomerDetailsTest {

    private static final CountryCode FRANCE = CountryCode.of("FR");
    private static final PersonalData MOVED = new PersonalData(
            new EmailAddress("alice@example.fr"),
            new PersonName("Alice Liddell"),
            new PostalAddress(List.of("12 rue de Rivoli"), "Paris", "75001", FRANCE));

    private final AggregateTestFixture<Customer> fixture = CustomerTestData.fixture();

    @Test
    void updatingRecordsTheWholeNewCountryAndPersonalData() {
        fixture.given(aliceRegistered())
                .when(new UpdateCustomerDetails(ACME, ALICE, FRANCE, MOVED, null))
                .expectEvents(new CustomerDetailsUpdated(ACME, ALICE, FRANCE, MOVED));
    }

    @Test
    void updatingToTheCurrentDetailsRecordsNothing() {
        fixture.given(aliceRegistered())
                .when(new UpdateCustomerDetails(ACME, ALICE, GERMANY, ALICE_DATA, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void archivingRecordsTheReason() {
        fixture.given(aliceRegistered())
                .when(new ArchiveCustomer(ACME, ALICE, " closed her account ", null))
                .expectEvents(new CustomerArchived(ACME, ALICE, "closed her account"));
    }

    @Test
    void archivingAnArchivedCustomerAgainRecordsNothing() {
        fixture.given(aliceRegistered(), new CustomerArchived(ACME, ALICE, "closed"))
                .when(new ArchiveCustomer(ACME, ALICE, "closed", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anArchivedCustomersDetailsCannotChange() {
        fixture.given(aliceRegistered(), new CustomerArchived(ACME, ALICE, "closed"))
                .when(new UpdateCustomerDetails(ACME, ALICE, FRANCE, MOVED, null))
                .expectException(CustomerIsArchived.class)
                .expectNoEvents();
    }
}
