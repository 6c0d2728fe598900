package dev.ledger.command.customer;

import static dev.ledger.command.customer.CustomerTestData.ACME;
import static dev.ledger.command.customer.CustomerTestData.ALICE;
import static dev.ledger.command.customer.CustomerTestData.aliceRegistered;
import static dev.ledger.command.customer.CustomerTestData.bankAccountAdded;
import static dev.ledger.command.customer.CustomerTestData.cardAdded;

import dev.ledger.command.customer.api.CustomerIsArchived;
import dev.ledger.command.customer.api.PaymentMethodHasPendingOrders;
import dev.ledger.command.customer.api.RemovePaymentMethod;
import dev.ledger.command.customer.api.UnknownPaymentMethod;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import org.junit.jupiter.api.Test;

class RemovingPaymentMethodsTest {

    private final PaymentMethodId first = PaymentMethodId.newId();
    private final PaymentMethodId second = PaymentMethodId.newId();
    private final PaymentMethodId third = PaymentMethodId.newId();
    private final FakePaymentMethodUsage usage = new FakePaymentMethodUsage();

    @Test
    void removingAMethodThatIsNotTheDefaultPromotesNothing() {
        fixture().given(aliceRegistered(), cardAdded(first, true), bankAccountAdded(second, false))
                .when(new RemovePaymentMethod(ACME, ALICE, second, null))
                .expectEvents(new PaymentMethodRemoved(ACME, ALICE, second, false, null));
    }

    @Test
    void removingTheDefaultPromotesTheOldestRemainingActiveMethod() {
        PaymentMethodId fourth = PaymentMethodId.newId();

        fixture().given(aliceRegistered(), cardAdded(first, true), bankAccountAdded(second, false),
                        cardAdded(third, false), cardAdded(fourth, false),
                        new PaymentMethodRemoved(ACME, ALICE, second, false, null))
                .when(new RemovePaymentMethod(ACME, ALICE, first, null))
                .expectEvents(new PaymentMethodRemoved(ACME, ALICE, first, true, third));
    }

    @Test
    void aPromotedDefaultIsTheOneThatIsRemovedNext() {
        fixture().given(aliceRegistered(), cardAdded(first, true), bankAccountAdded(second, false),
                        cardAdded(third, false), new PaymentMethodRemoved(ACME, ALICE, first, true, second))
                .when(new RemovePaymentMethod(ACME, ALICE, second, null))
                .expectEvents(new PaymentMethodRemoved(ACME, ALICE, second, true, third));
    }

    @Test
    void removingTheOnlyMethodLeavesNoDefault() {
        fixture().given(aliceRegistered(), cardAdded(first, true))
                .when(new RemovePaymentMethod(ACME, ALICE, first, null))
                .expectEvents(new PaymentMethodRemoved(ACME, ALICE, first, true, null));
    }

    @Test
    void aMethodWithPendingOrdersIsNotRemoved() {
        usage.withPendingOrdersOn(first);

        fixture().given(aliceRegistered(), cardAdded(first, true))
                .when(new RemovePaymentMethod(ACME, ALICE, first, null))
                .expectException(PaymentMethodHasPendingOrders.class)
                .expectNoEvents();
    }

    @Test
    void removingARemovedMethodAgainRecordsNothing() {
        fixture().given(aliceRegistered(), cardAdded(first, true), new PaymentMethodRemoved(ACME, ALICE, first, true, null))
                .when(new RemovePaymentMethod(ACME, ALICE, first, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void removingAMethodTheCustomerNeverHadIsRejected() {
        fixture().given(aliceRegistered(), cardAdded(first, true))
                .when(new RemovePaymentMethod(ACME, ALICE, second, null))
                .expectException(UnknownPaymentMethod.class);
    }

    @Test
    void anArchivedCustomerKeepsItsMethods() {
        fixture().given(aliceRegistered(), cardAdded(first, true), new CustomerArchived(ACME, ALICE, "closed"))
                .when(new RemovePaymentMethod(ACME, ALICE, first, null))
                .expectException(CustomerIsArchived.class);
    }

    private org.axonframework.test.aggregate.AggregateTestFixture<Customer> fixture() {
        return CustomerTestData.fixture(new InMemoryCustomerReferences(), usage);
    }
}
