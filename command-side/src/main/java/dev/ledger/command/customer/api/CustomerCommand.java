package dev.ledger.command.customer.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;

/** Every customer command names its tenant; a customer answers one of another tenant as if it did not exist. */
public interface CustomerCommand {

    OrganizationId organizationId();

    CustomerId customerId();
}
