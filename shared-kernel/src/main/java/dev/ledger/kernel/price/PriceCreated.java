package dev.ledger.kernel.price;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** A price of a product was set; a price is never changed, only archived and replaced. */
@EventRevision("1")
public record PriceCreated(OrganizationId organizationId, PriceId priceId, ProductId productId, PriceTerms terms) implements LedgerEvent {

    public PriceCreated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("priceId", priceId);
        InvalidValue.required("productId", productId);
        InvalidValue.required("terms", terms);
    }
}
