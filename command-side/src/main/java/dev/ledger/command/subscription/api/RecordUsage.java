package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.UsageKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reports usage of the subscription's metered price; a retry with the same idempotency key is counted once. */
public record RecordUsage(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        UsageKey idempotencyKey,
        long quantity) implements TenantCommand {

    public RecordUsage {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("idempotencyKey", idempotencyKey);
        if (quantity < 1 || quantity > 1_000_000_000_000L) {
            throw new InvalidValue("quantity", "must be between 1 and 10^12");
        }
    }
}
