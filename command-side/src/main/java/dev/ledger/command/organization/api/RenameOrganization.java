package dev.ledger.command.organization.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameOrganization(@TargetAggregateIdentifier OrganizationId organizationId, OrganizationName name) {

    public RenameOrganization {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("name", name);
    }
}
