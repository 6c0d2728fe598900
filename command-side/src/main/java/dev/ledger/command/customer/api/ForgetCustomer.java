package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.ErasureGround;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Erases the customer's personal data for good: its data key is destroyed, history and amounts stay. */
public record ForgetCustomer(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        ErasureGround ground,
        @TargetAggregateVersion Long expectedVersion) implements CustomerCommand {

    public ForgetCustomer {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("ground", ground);
    }
}
