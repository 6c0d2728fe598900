package dev.ledger.command.customer.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.ExternalReference;

/** Another customer of the organization already has this external reference; which one is not said. */
public final class DuplicateExternalReference extends CustomerRuleViolation {

    private final OrganizationId organizationId;
    private final ExternalReference reference;

    public DuplicateExternalReference(OrganizationId organizationId, ExternalReference reference) {
        super("External reference " + reference + " is already used by another customer");
        this.organizationId = organizationId;
        this.reference = reference;
    }

    public OrganizationId organizationId() {
        return organizationId;
    }

    public ExternalReference reference() {
        return reference;
    }
}
