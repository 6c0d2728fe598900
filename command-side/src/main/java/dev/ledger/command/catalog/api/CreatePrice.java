package dev.ledger.command.catalog.api;

import dev.ledger.command.api.ConcurrencyKey;
import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a new price of an active product. */
public record CreatePrice(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PriceId priceId,
        ProductId productId,
        PriceTerms terms) implements TenantCommand, ConcurrencyKey {

    public CreatePrice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("priceId", priceId);
        InvalidValue.required("productId", productId);
        InvalidValue.required("terms", terms);
    }

    /** Creating a price reads its product under lock. */
    @Override
    public String concurrencyKey() {
        return productId.toString();
    }
}
