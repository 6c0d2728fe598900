package dev.ledger.query.catalog.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.query.spec.PageRequest;

/** A page of prices, of one product if named, newest first. */
public record ListPrices(OrganizationId organizationId, ProductId productId, PageRequest page) {

    public ListPrices {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("page", page);
    }
}
