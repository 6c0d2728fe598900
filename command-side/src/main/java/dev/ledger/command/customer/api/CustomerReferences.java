package dev.ledger.command.customer.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.ExternalReference;

/**
 * Port: the organization's external references, each owned by one customer. Implemented with a unique row in
 * the transaction that appends the registration, so a rolled-back registration releases its claim.
 */
public interface CustomerReferences {

    /**
     * Claims {@code reference} for {@code customerId}; claiming it again for the same customer is a no-op.
     *
     * @throws DuplicateExternalReference when another customer of the organization holds it
     */
    void claim(OrganizationId organizationId, ExternalReference reference, CustomerId customerId);
}
