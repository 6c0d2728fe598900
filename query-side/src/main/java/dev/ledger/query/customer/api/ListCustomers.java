package dev.ledger.query.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.query.spec.PageRequest;

/** One page of a tenant's customers; {@code sort} by {@code createdAt} or {@code externalReference}, minus for descending. */
public record ListCustomers(OrganizationId organizationId, CustomerFilter filter, String sort, PageRequest page) {

    public ListCustomers {
        InvalidValue.required("organizationId", organizationId);
        filter = filter == null ? CustomerFilter.none() : filter;
        InvalidValue.required("page", page);
    }
}
