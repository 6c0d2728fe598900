package dev.ledger.kernel.catalog;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The product is no longer offered; it and its prices stay for what already uses them. */
@EventRevision("1")
public record ProductArchived(OrganizationId organizationId, ProductId productId) implements LedgerEvent {

    public ProductArchived {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("productId", productId);
    }
}
