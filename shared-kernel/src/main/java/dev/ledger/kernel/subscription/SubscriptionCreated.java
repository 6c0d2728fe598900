package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.tax.TaxJurisdiction;
import java.time.Instant;

/** A customer subscribed to a licensed plan and, optionally, a metered price; the first period starts after the trial, if any. */
@EventRevision("1")
public record SubscriptionCreated(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        CustomerId customerId,
        SubscriptionItem plan,
        SubscriptionItem metered,
        TaxJurisdiction taxJurisdiction,
        Instant startedAt,
        Instant trialEndsAt,
        int pastDueGraceDays) implements LedgerEvent {

    public SubscriptionCreated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("plan", plan);
        InvalidValue.required("taxJurisdiction", taxJurisdiction);
        InvalidValue.required("startedAt", startedAt);
        if (plan.terms().metered()) {
            throw new InvalidValue("priceId", "the plan must be a licensed price");
        }
        if (metered != null && (!metered.terms().metered()
                || !metered.terms().currency().equals(plan.terms().currency())
                || !metered.terms().interval().equals(plan.terms().interval()))) {
            throw new InvalidValue("meteredPriceId", "must be a metered price in the plan's currency and interval");
        }
        if (trialEndsAt != null && !trialEndsAt.isAfter(startedAt)) {
            throw new InvalidValue("trialEndsAt", "must be after the start");
        }
        if (pastDueGraceDays < 1) {
            throw new InvalidValue("pastDueGraceDays", "must be positive");
        }
    }
}
