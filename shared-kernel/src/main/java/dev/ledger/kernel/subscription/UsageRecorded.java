package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** Usage of the metered price was reported; {@code periodQuantity} is the period's total so far. A retried report with the same key records nothing. */
@EventRevision("1")
public record UsageRecorded(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        UsageKey idempotencyKey,
        long quantity,
        Instant occurredAt,
        long periodQuantity) implements LedgerEvent {

    public UsageRecorded {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("idempotencyKey", idempotencyKey);
        InvalidValue.required("occurredAt", occurredAt);
        if (quantity < 1 || periodQuantity < quantity) {
            throw new InvalidValue("quantity", "must be positive");
        }
    }
}
