package dev.ledger.command.subscription.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.subscription.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing resumes with the next period. */
public record ResumeSubscription(
        OrganizationId organizationId,
        @TargetAggregateIdentifier SubscriptionId subscriptionId) implements TenantCommand {

    public ResumeSubscription {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
    }
}
