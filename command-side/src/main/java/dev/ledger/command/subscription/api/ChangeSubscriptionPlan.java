package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves the subscription to another licensed price and/or quantity now, prorated for the rest of the period. */
public record ChangeSubscriptionPlan(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        PriceId priceId,
        long quantity,
        @TargetAggregateVersion Long expectedVersion) implements TenantCommand {

    public ChangeSubscriptionPlan {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("priceId", priceId);
    }

    /** Without If-Match: applies to whatever version the aggregate is at. */
    public ChangeSubscriptionPlan(OrganizationId organizationId, SubscriptionId subscriptionId, PriceId priceId, long quantity) {
        this(organizationId, subscriptionId, priceId, quantity, null);
    }
}
