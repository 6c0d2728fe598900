package dev.ledger.query.organization.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;

public record FindOrganization(OrganizationId organizationId) {

    public FindOrganization {
        InvalidValue.required("organizationId", organizationId);
    }
}
