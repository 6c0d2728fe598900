package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** The trial ended (or there was none) and the subscription is billed from now on. */
@EventRevision("1")
public record SubscriptionActivated(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        Instant at) implements LedgerEvent {

    public SubscriptionActivated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("at", at);
    }
}
