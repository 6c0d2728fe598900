package dev.ledger.infra.contracts;

import static java.util.Map.entry;

import dev.ledger.kernel.customer.BankAccountDetails;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.DefaultPaymentMethodChanged;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.customer.PaymentMethodRemoved;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.customer.PostalAddress;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentAuthorized;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.ProviderTransactionRecorded;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;

/**
 * The record components that may be null, as their compact constructors allow. The kernel has no annotation for
 * it, so this list says it; OptionalComponentsTest rebuilds samples with every other component null to prove
 * its record rejects it, so a new optional component cannot be published as never null.
 */
final class OptionalComponents {

    static final Map<Class<?>, Set<String>> NULLABLE = Map.ofEntries(
            entry(DefaultPaymentMethodChanged.class, Set.of("previous")),
            entry(PaymentMethodAdded.class, Set.of("card", "bankAccount", "cryptoWallet")),
            entry(PaymentMethodRemoved.class, Set.of("promotedDefault")),
            entry(PaymentAuthorized.class, Set.of("providerReference")),
            entry(PaymentOrderCreated.class, Set.of("paymentMethodId", "description", "invoiceId")),
            entry(ProviderTransactionRecorded.class, Set.of("amount")),
            entry(BankAccountDetails.class, Set.of("bankName")),
            entry(PersonalData.class, Set.of("email", "name", "address")),
            entry(CryptoWalletDetails.class, Set.of("network", "address")),
            entry(PostalAddress.class, Set.of("postalCode")),
            entry(FailureReason.class, Set.of("message")),
            entry(dev.ledger.kernel.catalog.PriceTerms.class, Set.of("interval")),
            entry(dev.ledger.kernel.catalog.PriceTier.class, Set.of("upTo")),
            entry(dev.ledger.kernel.subscription.SubscriptionCreated.class, Set.of("metered", "trialEndsAt")),
            entry(dev.ledger.kernel.tax.TaxJurisdiction.class, Set.of("region")),
            entry(dev.ledger.kernel.promo.PromoCodeCreated.class, Set.of("expiresAt")),
            entry(dev.ledger.kernel.promo.PromoDiscount.class, Set.of("amountOff")),
            entry(dev.ledger.kernel.invoice.InvoiceDrafted.class, Set.of("subscriptionId")),
            entry(dev.ledger.kernel.invoice.InvoicePaid.class, Set.of("paymentOrderId")),
            entry(dev.ledger.kernel.invoice.InvoicePaymentRequested.class, Set.of("subscriptionId")));

    private OptionalComponents() {
    }

    static boolean mayBeNull(RecordComponent component) {
        return !component.getType().isPrimitive()
                && NULLABLE.getOrDefault(component.getDeclaringRecord(), Set.of()).contains(component.getName());
    }
}
