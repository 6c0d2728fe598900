package dev.ledger.infra.contracts;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.BankAccountDetails;
import dev.ledger.kernel.customer.CardBrand;
import dev.ledger.kernel.customer.CardDetails;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import dev.ledger.kernel.customer.CustomerForgotten;
import dev.ledger.kernel.customer.ErasureGround;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.DefaultPaymentMethodChanged;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import dev.ledger.kernel.customer.PaymentMethodType;
import dev.ledger.kernel.customer.PaymentMethodVerified;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.customer.PostalAddress;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.organization.OrganizationRegistered;
import dev.ledger.kernel.organization.OrganizationRenamed;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.OrderNumber;
import dev.ledger.kernel.paymentorder.PaymentAuthorized;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentRefunded;
import dev.ledger.kernel.paymentorder.ProviderReference;
import dev.ledger.kernel.paymentorder.ProviderTransactionRecorded;
import java.util.List;

/** A valid instance of every event (of each payment method type, too), with every optional part present. */
final class EventSamples {

    private static final OrganizationId ORGANIZATION = OrganizationId.parse("0190d3b4-7c2a-7def-8abc-000000000001");
    private static final CustomerId CUSTOMER = CustomerId.parse("0190d3b4-7c2a-7def-8abc-000000000002");
    private static final PaymentMethodId CARD = PaymentMethodId.parse("0190d3b4-7c2a-7def-8abc-000000000003");
    private static final PaymentMethodId IBAN = PaymentMethodId.parse("0190d3b4-7c2a-7def-8abc-000000000004");
    private static final PaymentOrderId ORDER = PaymentOrderId.parse("0190d3b4-7c2a-7def-8abc-000000000005");
    private static final CountryCode GERMANY = CountryCode.of("DE");
    private static final PersonalData JANE = new PersonalData(new EmailAddress("jane@example.com"),
            new PersonName("Jane Doe"), new PostalAddress(List.of("Hauptstraße 1"), "Berlin", "10115", GERMANY));

    private EventSamples() {
    }

    static List<Object> all() {
        return List.of(
                new OrganizationRegistered(ORGANIZATION, new OrganizationName("Acme"), CurrencyCode.of("EUR")),
                new OrganizationRenamed(ORGANIZATION, new OrganizationName("Acme"), new OrganizationName("Acme AG")),
                new CustomerRegistered(ORGANIZATION, CUSTOMER, ExternalReference.of("crm-1001"), GERMANY, JANE),
                new CustomerDetailsUpdated(ORGANIZATION, CUSTOMER, GERMANY, JANE),
                new CustomerArchived(ORGANIZATION, CUSTOMER, "Closed the account"),
                new CustomerForgotten(ORGANIZATION, CUSTOMER, ErasureGround.DATA_SUBJECT_REQUEST),
                new CustomerDetailsUpdated(ORGANIZATION, CUSTOMER, GERMANY, PersonalData.ERASED),
                new PaymentMethodAdded(ORGANIZATION, CUSTOMER, CARD, PaymentMethodType.CARD,
                        new CardDetails(CardBrand.VISA, "4242", 12, 2030), null, null, true),
                new PaymentMethodAdded(ORGANIZATION, CUSTOMER, IBAN, PaymentMethodType.BANK_ACCOUNT, null,
                        BankAccountDetails.fromIban("DE89 3704 0044 0532 0130 00", "Commerzbank"), null, false),
                new PaymentMethodAdded(ORGANIZATION, CUSTOMER, IBAN, PaymentMethodType.CRYPTO_WALLET, null, null,
                        new CryptoWalletDetails("ethereum", "0x52908400098527886E0F7030069857D2E4169EE7"), false),
                new PaymentMethodVerified(ORGANIZATION, CUSTOMER, CARD),
                new DefaultPaymentMethodChanged(ORGANIZATION, CUSTOMER, CARD, IBAN),
                new PaymentMethodRemoved(ORGANIZATION, CUSTOMER, IBAN, true, CARD),
                new PaymentOrderCreated(ORGANIZATION, ORDER, OrderNumber.parse("20240611-000042"), CUSTOMER, CARD,
                        eur(10_000), eur(250), eur(1_597), "Annual plan"),
                new PaymentAuthorized(ORGANIZATION, ORDER, eur(10_000), ProviderReference.of("pi_3PQ1")),
                new PaymentCaptured(ORGANIZATION, ORDER, eur(6_000), eur(6_000)),
                new PaymentRefunded(ORGANIZATION, ORDER, eur(1_000), eur(1_000), "Damaged on arrival"),
                new PaymentCanceled(ORGANIZATION, ORDER, "Customer changed their mind"),
                new PaymentFailed(ORGANIZATION, ORDER, new FailureReason("card_declined", true, "Insufficient funds")),
                new ProviderTransactionRecorded(ORGANIZATION, ORDER, "stripe", ProviderReference.of("ch_3PQ1"),
                        "succeeded", eur(6_000)));
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
