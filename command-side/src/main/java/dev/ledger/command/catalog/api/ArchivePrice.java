package dev.ledger.command.catalog.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** No new subscription may choose the price; a price in use is archived, never deleted. */
public record ArchivePrice(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PriceId priceId) implements TenantCommand {

    public ArchivePrice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("priceId", priceId);
    }
}
