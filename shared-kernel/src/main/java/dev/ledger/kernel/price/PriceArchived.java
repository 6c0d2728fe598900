package dev.ledger.kernel.price;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** No new subscription may use the price; existing ones keep it. */
@EventRevision("1")
public record PriceArchived(OrganizationId organizationId, PriceId priceId) implements LedgerEvent {

    public PriceArchived {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("priceId", priceId);
    }
}
