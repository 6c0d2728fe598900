package dev.ledger.kernel.catalog;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.Uuids;
import dev.ledger.kernel.billing.NameBasedIds;
import java.util.UUID;

/** A thing an organization sells; its id follows from its SKU, so a SKU is unique per organization. */
public record ProductId(UUID value) {

    public ProductId {
        InvalidValue.required("productId", value);
    }

    public static ProductId forSku(OrganizationId organizationId, Sku sku) {
        return new ProductId(NameBasedIds.of("product", organizationId, sku.value()));
    }

    public static ProductId parse(String text) {
        return new ProductId(Uuids.parse("productId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
