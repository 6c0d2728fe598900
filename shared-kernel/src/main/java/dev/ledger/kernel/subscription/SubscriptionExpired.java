package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** The subscription ended by time: unpaid past its grace period. */
@EventRevision("1")
public record SubscriptionExpired(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        Instant at) implements LedgerEvent {

    public SubscriptionExpired {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("at", at);
    }
}
