package dev.ledger.query.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;

public record FindCustomer(OrganizationId organizationId, CustomerId customerId) {

    public FindCustomer {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
    }
}
