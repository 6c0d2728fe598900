package dev.ledger.query.catalog.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.query.spec.PageRequest;

/** A page of the catalog's products, newest first. */
public record ListProducts(OrganizationId organizationId, PageRequest page) {

    public ListProducts {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("page", page);
    }
}
