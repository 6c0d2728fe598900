package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends the subscription now (usage so far is billed, unused time is not refunded) or at the end of the period. */
public record CancelSubscription(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        boolean atPeriodEnd,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements TenantCommand {

    public CancelSubscription {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        reason = FreeText.of("reason", reason, 500);
    }

    /** Without If-Match: applies to whatever version the aggregate is at. */
    public CancelSubscription(OrganizationId organizationId, SubscriptionId subscriptionId, boolean atPeriodEnd, String reason) {
        this(organizationId, subscriptionId, atPeriodEnd, reason, null);
    }
}
