package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Subscribes a customer to a licensed plan price (and optionally a metered price of the same currency and interval). The trial defaults to the plan price's trial days; grace days (default 14) bound how long a subscription may stay past due. */
public record CreateSubscription(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        CustomerId customerId,
        PriceId planPriceId,
        long quantity,
        PriceId meteredPriceId,
        TaxJurisdiction taxJurisdiction,
        Integer trialDays,
        int pastDueGraceDays) implements TenantCommand {

    public CreateSubscription {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("planPriceId", planPriceId);
        InvalidValue.required("taxJurisdiction", taxJurisdiction);
        if (trialDays != null && (trialDays < 0 || trialDays > 730)) {
            throw new InvalidValue("trialDays", "must be between 0 and 730");
        }
        if (pastDueGraceDays < 0 || pastDueGraceDays > 365) {
            throw new InvalidValue("pastDueGraceDays", "must be between 1 and 365, or 0 for the default");
        }
        pastDueGraceDays = pastDueGraceDays == 0 ? DEFAULT_GRACE_DAYS : pastDueGraceDays;
    }

    public static final int DEFAULT_GRACE_DAYS = 14;
}
