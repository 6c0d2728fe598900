package dev.ledger.kernel.subscription;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** The subscription ended at {@code at} by the organization's or customer's wish. */
@EventRevision("1")
public record SubscriptionCanceled(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        Instant at,
        String reason) implements LedgerEvent {

    public SubscriptionCanceled {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("at", at);
        reason = FreeText.of("reason", reason, 500);
    }
}
