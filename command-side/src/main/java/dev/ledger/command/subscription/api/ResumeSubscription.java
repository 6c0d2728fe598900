package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Billing resumes with the next period. */
public record ResumeSubscription(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        @TargetAggregateVersion Long expectedVersion) implements TenantCommand {

    public ResumeSubscription {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
    }

    /** Without If-Match: applies to whatever version the aggregate is at. */
    public ResumeSubscription(OrganizationId organizationId, SubscriptionId subscriptionId) {
        this(organizationId, subscriptionId, null);
    }
}
