package dev.ledger.command.catalog.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops offering a product; its prices stay for the subscriptions that use them. */
public record ArchiveProduct(
        OrganizationId organizationId,
        @TargetAggregateIdentifier ProductId productId) implements TenantCommand {

    public ArchiveProduct {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("productId", productId);
    }
}
