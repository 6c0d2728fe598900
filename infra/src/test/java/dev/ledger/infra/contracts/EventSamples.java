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
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.price.PriceArchived;
import dev.ledger.kernel.price.PriceCreated;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.PriceTier;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.catalog.ProductArchived;
import dev.ledger.kernel.catalog.ProductCreated;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.catalog.Sku;
import dev.ledger.kernel.currency.CurrencySettingsId;
import dev.ledger.kernel.currency.ExchangeRate;
import dev.ledger.kernel.currency.ExchangeRateRecorded;
import dev.ledger.kernel.currency.SupportedCurrenciesChanged;
import dev.ledger.kernel.invoice.CreditNoteId;
import dev.ledger.kernel.invoice.CreditNoteIssued;
import dev.ledger.kernel.invoice.InvoiceDrafted;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceMarkedUncollectible;
import dev.ledger.kernel.invoice.InvoiceNumber;
import dev.ledger.kernel.invoice.InvoiceOpened;
import dev.ledger.kernel.invoice.InvoicePaid;
import dev.ledger.kernel.invoice.InvoicePaymentFailed;
import dev.ledger.kernel.invoice.InvoicePaymentRequested;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.InvoiceVoided;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoCodeCreated;
import dev.ledger.kernel.promo.PromoCodeDeactivated;
import dev.ledger.kernel.promo.PromoCodeId;
import dev.ledger.kernel.promo.PromoCodeRedeemed;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.subscription.SubscriptionActivated;
import dev.ledger.kernel.subscription.SubscriptionBilled;
import dev.ledger.kernel.subscription.SubscriptionCancellationScheduled;
import dev.ledger.kernel.subscription.SubscriptionCanceled;
import dev.ledger.kernel.subscription.SubscriptionCreated;
import dev.ledger.kernel.subscription.SubscriptionDiscountApplied;
import dev.ledger.kernel.subscription.SubscriptionExpired;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionItem;
import dev.ledger.kernel.subscription.SubscriptionPastDue;
import dev.ledger.kernel.subscription.SubscriptionPaused;
import dev.ledger.kernel.subscription.SubscriptionPeriodStarted;
import dev.ledger.kernel.subscription.SubscriptionPlanChanged;
import dev.ledger.kernel.subscription.SubscriptionRecovered;
import dev.ledger.kernel.subscription.SubscriptionResumed;
import dev.ledger.kernel.subscription.UsageKey;
import dev.ledger.kernel.subscription.UsageRecorded;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import dev.ledger.kernel.tax.TaxRateScheduled;
import dev.ledger.kernel.tax.TaxScheduleId;
import java.time.Instant;
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
                        eur(10_000), eur(250), eur(1_597), "Annual plan", INVOICE),
                new PaymentAuthorized(ORGANIZATION, ORDER, eur(10_000), ProviderReference.of("pi_3PQ1")),
                new PaymentCaptured(ORGANIZATION, ORDER, eur(6_000), eur(6_000)),
                new PaymentRefunded(ORGANIZATION, ORDER, eur(1_000), eur(1_000), "Damaged on arrival"),
                new PaymentCanceled(ORGANIZATION, ORDER, "Customer changed their mind"),
                new PaymentFailed(ORGANIZATION, ORDER, new FailureReason("card_declined", true, "Insufficient funds")),
                new ProviderTransactionRecorded(ORGANIZATION, ORDER, "stripe", ProviderReference.of("ch_3PQ1"),
                        "succeeded", eur(6_000)),
                new ProductCreated(ORGANIZATION, PRODUCT, SKU, "Basic seat", "seats", List.of("core", "b2b")),
                new ProductArchived(ORGANIZATION, PRODUCT),
                new PriceCreated(ORGANIZATION, PLAN, PRODUCT, PLAN_TERMS),
                new PriceCreated(ORGANIZATION, CALLS, PRODUCT, CALL_TERMS),
                new PriceArchived(ORGANIZATION, PLAN),
                new SubscriptionCreated(ORGANIZATION, SUBSCRIPTION, CUSTOMER, new SubscriptionItem(PLAN, PLAN_TERMS, 3),
                        new SubscriptionItem(CALLS, CALL_TERMS, 0), new TaxJurisdiction(CountryCode.of("US"), "CA"),
                        JAN, JAN.plusSeconds(14 * 86_400L), 14),
                new SubscriptionActivated(ORGANIZATION, SUBSCRIPTION, JAN),
                new SubscriptionPeriodStarted(ORGANIZATION, SUBSCRIPTION, 1, JAN, FEB),
                new SubscriptionBilled(ORGANIZATION, SUBSCRIPTION, INVOICE, CUSTOMER, List.of(LINE),
                        InvoiceTotals.of(LINE.amount().currency(), List.of(LINE)), eur(0)),
                new SubscriptionPlanChanged(ORGANIZATION, SUBSCRIPTION, new SubscriptionItem(PLAN, PLAN_TERMS, 3),
                        new SubscriptionItem(PLAN, PLAN_TERMS, 5), JAN, List.of(LINE)),
                new UsageRecorded(ORGANIZATION, SUBSCRIPTION, UsageKey.of("report-1"), 250, JAN, 250),
                new SubscriptionDiscountApplied(ORGANIZATION, SUBSCRIPTION, PROMO, CODE, PromoDiscount.percent(1_000, 3)),
                new SubscriptionPaused(ORGANIZATION, SUBSCRIPTION, JAN),
                new SubscriptionResumed(ORGANIZATION, SUBSCRIPTION, JAN),
                new SubscriptionCancellationScheduled(ORGANIZATION, SUBSCRIPTION, FEB),
                new SubscriptionCanceled(ORGANIZATION, SUBSCRIPTION, FEB, "Moving on"),
                new SubscriptionPastDue(ORGANIZATION, SUBSCRIPTION, INVOICE, FEB),
                new SubscriptionRecovered(ORGANIZATION, SUBSCRIPTION, INVOICE),
                new SubscriptionExpired(ORGANIZATION, SUBSCRIPTION, FEB),
                new TaxRateScheduled(ORGANIZATION, TaxScheduleId.of(ORGANIZATION, TaxJurisdiction.of("DE")),
                        TaxJurisdiction.of("DE"), TaxRate.exclusive(1_900), JAN),
                new PromoCodeCreated(ORGANIZATION, PROMO, CODE, PromoDiscount.amountOff(eur(500), 1), FEB, 100, true),
                new PromoCodeRedeemed(ORGANIZATION, PROMO, CODE, CUSTOMER, SUBSCRIPTION, PromoDiscount.percent(1_000, 3), 1),
                new PromoCodeDeactivated(ORGANIZATION, PROMO),
                new InvoiceDrafted(ORGANIZATION, INVOICE, CUSTOMER, SUBSCRIPTION, List.of(LINE),
                        InvoiceTotals.of(LINE.amount().currency(), List.of(LINE))),
                new InvoiceOpened(ORGANIZATION, INVOICE, InvoiceNumber.of(1), eur(3_570)),
                new InvoicePaymentRequested(ORGANIZATION, INVOICE, CUSTOMER, SUBSCRIPTION, ORDER, eur(3_570)),
                new InvoicePaymentFailed(ORGANIZATION, INVOICE, ORDER, new FailureReason("card_declined", true, "Insufficient funds")),
                new InvoicePaid(ORGANIZATION, INVOICE, ORDER, eur(3_570)),
                new InvoiceVoided(ORGANIZATION, INVOICE, "Issued by mistake"),
                new InvoiceMarkedUncollectible(ORGANIZATION, INVOICE, "Customer unreachable"),
                new CreditNoteIssued(ORGANIZATION, INVOICE, CreditNoteId.parse("0190d3b4-7c2a-7def-8abc-00000000000d"),
                        eur(1_000), eur(1_000), "Refund of one seat"),
                new SupportedCurrenciesChanged(ORGANIZATION, CurrencySettingsId.of(ORGANIZATION),
                        List.of(CurrencyCode.of("EUR"), CurrencyCode.of("USD"))),
                new ExchangeRateRecorded(ORGANIZATION, CurrencySettingsId.of(ORGANIZATION), CurrencyCode.of("EUR"),
                        CurrencyCode.of("USD"), ExchangeRate.parse("1.0843"), "ECB", JAN));
    }

    private static final ProductId PRODUCT = ProductId.parse("0190d3b4-7c2a-7def-8abc-000000000006");
    private static final Sku SKU = Sku.of("seat-basic");
    private static final PriceId PLAN = PriceId.parse("0190d3b4-7c2a-7def-8abc-000000000007");
    private static final PriceId CALLS = PriceId.parse("0190d3b4-7c2a-7def-8abc-000000000008");
    private static final SubscriptionId SUBSCRIPTION = SubscriptionId.parse("0190d3b4-7c2a-7def-8abc-000000000009");
    private static final InvoiceId INVOICE = InvoiceId.parse("0190d3b4-7c2a-7def-8abc-00000000000a");
    private static final CouponCode CODE = CouponCode.of("WELCOME10");
    private static final PromoCodeId PROMO = PromoCodeId.parse("0190d3b4-7c2a-7def-8abc-00000000000b");
    private static final Instant JAN = Instant.parse("2026-01-15T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-15T00:00:00Z");
    private static final PriceTerms PLAN_TERMS = new PriceTerms(CurrencyCode.of("EUR"), BillingInterval.monthly(),
            PriceTiers.flat(1_000), false, 14, 1, 100);
    private static final PriceTerms CALL_TERMS = new PriceTerms(CurrencyCode.of("EUR"), BillingInterval.monthly(),
            new PriceTiers(List.of(new PriceTier(100L, 2), new PriceTier(null, 1))), true, 0, 0, 1);
    private static final InvoiceLine LINE = InvoiceLine.of(LineKind.SUBSCRIPTION, "Basic seat x 3", 3, JAN, FEB,
            Money.of(3_000, "EUR"), Money.of(300, "EUR"), TaxRate.exclusive(1_900));

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
