package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** The subscription ends at the end of the current period unless resumed. */
@EventRevision("1")
public record SubscriptionCancellationScheduled(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        Instant endsAt) implements LedgerEvent {

    public SubscriptionCancellationScheduled {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("endsAt", endsAt);
    }
}
