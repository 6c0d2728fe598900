package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** Billing stopped: periods pass without charge until it resumes. */
@EventRevision("1")
public record SubscriptionPaused(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        Instant at) implements LedgerEvent {

    public SubscriptionPaused {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("at", at);
    }
}
