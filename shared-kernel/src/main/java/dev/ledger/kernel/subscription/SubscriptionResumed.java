package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** Billing resumes from the next period end. */
@EventRevision("1")
public record SubscriptionResumed(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        Instant at) implements LedgerEvent {

    public SubscriptionResumed {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("at", at);
    }
}
