package dev.ledger.command.api;

import dev.ledger.kernel.OrganizationId;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** One answer for "not yours" and "not there", so a tenant cannot probe another tenant's ids. */
public final class TenantGuard {

    /** Word for word what Axon says of a missing aggregate. */
    private static final String NOT_FOUND = "The aggregate was not found in the event store";

    private TenantGuard() {
    }

    public static void requireOwner(OrganizationId owner, OrganizationId asking, Object aggregateId) {
        if (owner == null || !owner.equals(asking)) {
            throw new AggregateNotFoundException(String.valueOf(aggregateId), NOT_FOUND);
        }
    }
}
