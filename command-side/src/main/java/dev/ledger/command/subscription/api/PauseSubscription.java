package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stops billing: periods pass without an invoice until resumed. */
public record PauseSubscription(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        @TargetAggregateVersion Long expectedVersion) implements TenantCommand {

    public PauseSubscription {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
    }

    /** Without If-Match: applies to whatever version the aggregate is at. */
    public PauseSubscription(OrganizationId organizationId, SubscriptionId subscriptionId) {
        this(organizationId, subscriptionId, null);
    }
}
