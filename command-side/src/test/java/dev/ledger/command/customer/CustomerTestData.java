package dev.ledger.command.customer;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.BankAccountDetails;
import dev.ledger.kernel.customer.CardBrand;
import dev.ledger.kernel.customer.CardDetails;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodType;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** One customer of ACME and the fakes its fixture needs, shared by the customer tests. */
final class CustomerTestData {

    static final OrganizationId ACME = OrganizationId.newId();
    static final OrganizationId GLOBEX = OrganizationId.newId();
    static final CustomerId ALICE = CustomerId.newId();
    static final ExternalReference ALICE_REF = ExternalReference.of("crm-42");
    static final CountryCode GERMANY = CountryCode.of("DE");
    static final PersonalData ALICE_DATA =
            new PersonalData(new EmailAddress("alice@example.com"), new PersonName("Alice Liddell"), null);
    /** "Today" for every customer test: 15 June 2025. */
    static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);
    static final CardDetails VISA_2027 = new CardDetails(CardBrand.VISA, "4242", 12, 2027);

    private CustomerTestData() {
    }

    static AggregateTestFixture<Customer> fixture(InMemoryCustomerReferences references, FakePaymentMethodUsage usage) {
        AggregateTestFixture<Customer> fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(JUNE_2025);
        fixture.registerInjectableResource(references);
        fixture.registerInjectableResource(usage);
        return fixture;
    }

    static AggregateTestFixture<Customer> fixture() {
        return fixture(new InMemoryCustomerReferences(), new FakePaymentMethodUsage());
    }

    static CustomerRegistered aliceRegistered() {
        return new CustomerRegistered(ACME, ALICE, ALICE_REF, GERMANY, ALICE_DATA);
    }

    static PaymentMethodAdded cardAdded(PaymentMethodId id, boolean becameDefault) {
        return new PaymentMethodAdded(ACME, ALICE, id, PaymentMethodType.CARD, VISA_2027, null, null, becameDefault);
    }

    static PaymentMethodAdded bankAccountAdded(PaymentMethodId id, boolean becameDefault) {
        BankAccountDetails account = BankAccountDetails.fromIban("DE89 3704 0044 0532 0130 00", "Commerzbank");
        return new PaymentMethodAdded(ACME, ALICE, id, PaymentMethodType.BANK_ACCOUNT, null, account, null, becameDefault);
    }
}
