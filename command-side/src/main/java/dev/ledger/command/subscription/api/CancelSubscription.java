package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the subscription now (usage so far is billed, unused time is not refunded) or at the end of the period. */
public record CancelSubscription(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        boolean atPeriodEnd,
        String reason) implements TenantCommand {

    public CancelSubscription {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        reason = FreeText.of("reason", reason, 500);
    }
}
