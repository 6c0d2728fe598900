package dev.ledger.command.catalog.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.ProductCreated;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.catalog.Sku;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a product under a SKU the organization has not used; its id follows from the SKU. */
public record CreateProduct(
        OrganizationId organizationId,
        Sku sku,
        String name,
        String category,
        List<String> tags) {

    public CreateProduct {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("sku", sku);
        tags = tags == null ? List.of() : tags;
        // The event holds the rules for name, category and tags; building it checks them before anything happens.
        new ProductCreated(organizationId, ProductId.forSku(organizationId, sku), sku, name, category, tags);
    }

    @TargetAggregateIdentifier
    public ProductId productId() {
        return ProductId.forSku(organizationId, sku);
    }
}
