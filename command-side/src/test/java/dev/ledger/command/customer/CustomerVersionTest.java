package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.ALICE_DATA;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;

import dev.ledger.command.customer.api.UpdateCustomerDetails;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** {@code expectedVersion} is the HTTP If-Match: the sequence number of the last event the client saw. */
class CustomerVersionTest {

    private static final CountryCode FRANCE = CountryCode.of("FR");
    private static final CountryCode SPAIN = CountryCode.of("ES");

    private final AggregateTestFixture<Customer> fixture = CustomerTestData.fixture();

    @Test
    void aChangeBasedOnTheLatestVersionIsAccepted() {
        fixture.given(aliceRegistered(), new CustomerDetailsUpdated(ACME, ALICE, FRANCE, ALICE_DATA))
                .when(new UpdateCustomerDetails(ACME, ALICE, SPAIN, ALICE_DATA, 1L))
                .expectEvents(new CustomerDetailsUpdated(ACME, ALICE, SPAIN, ALICE_DATA));
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsAConflict() {
        fixture.given(aliceRegistered(), new CustomerDetailsUpdated(ACME, ALICE, FRANCE, ALICE_DATA))
                .when(new UpdateCustomerDetails(ACME, ALICE, SPAIN, ALICE_DATA, 0L))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void aChangeBasedOnAVersionNotYetWrittenIsAConflict() {
        fixture.given(aliceRegistered())
                .when(new UpdateCustomerDetails(ACME, ALICE, SPAIN, ALICE_DATA, 7L))
                .expectException(ConflictingAggregateVersionException.class);
    }
}
