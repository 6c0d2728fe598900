package dev.ledger.command.catalog;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.api.TenantGuard;
import dev.ledger.command.catalog.api.ArchiveProduct;
import dev.ledger.command.catalog.api.CreateProduct;
import dev.ledger.command.catalog.api.ProductIsArchived;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.ProductArchived;
import dev.ledger.kernel.catalog.ProductCreated;
import dev.ledger.kernel.catalog.ProductId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A product of an organization's catalog; its id is its SKU's, so a second product with the SKU cannot be stored. */
@Aggregate(cache = "aggregateCache")
class Product {

    @AggregateIdentifier
    private ProductId productId;
    private OrganizationId organizationId;
    private boolean archived;

    protected Product() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    @CommandHandler
    Product(CreateProduct command) {
        apply(new ProductCreated(command.organizationId(), command.productId(), command.sku(), command.name(),
                command.category(), command.tags()));
    }

    @CommandHandler
    void handle(ArchiveProduct command) {
        TenantGuard.requireOwner(organizationId, command.organizationId(), productId);
        if (!archived) {
            apply(new ProductArchived(organizationId, productId));
        }
    }

    /** Asked by {@link PriceCreation} under this product's lock. */
    void confirmOffered(OrganizationId asking) {
        TenantGuard.requireOwner(organizationId, asking, productId);
        if (archived) {
            throw new ProductIsArchived(productId);
        }
    }

    @EventSourcingHandler
    void on(ProductCreated event) {
        productId = event.productId();
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(ProductArchived event) {
        archived = true;
    }
}
