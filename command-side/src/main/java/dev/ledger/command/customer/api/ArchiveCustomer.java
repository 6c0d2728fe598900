package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerArchived;
import dev.ledger.kernel.customer.CustomerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ArchiveCustomer(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CustomerCommand {

    public ArchiveCustomer {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        reason = CustomerArchived.checkedReason(reason);
    }
}
