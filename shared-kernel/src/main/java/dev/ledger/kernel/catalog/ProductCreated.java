package dev.ledger.kernel.catalog;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.util.List;

/** A product entered an organization's catalog under a SKU no other product of the organization has. */
@EventRevision("1")
public record ProductCreated(
        OrganizationId organizationId, ProductId productId, Sku sku, String name, String category, List<String> tags)
        implements LedgerEvent {

    public static final int MAX_TAGS = 20;

    public ProductCreated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("productId", productId);
        InvalidValue.required("sku", sku);
        name = FreeText.of("name", name, 200);
        category = FreeText.of("category", category, 100);
        InvalidValue.required("tags", tags);
        tags = tags.stream().map(tag -> FreeText.of("tags", tag, 50)).distinct().toList();
        if (tags.size() > MAX_TAGS) {
            throw new InvalidValue("tags", "at most " + MAX_TAGS + " tags");
        }
    }
}
