package dev.ledger.command.catalog;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.api.TenantGuard;
import dev.ledger.command.catalog.api.ArchivePrice;
import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.command.catalog.api.PriceIsArchived;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.price.PriceArchived;
import dev.ledger.kernel.price.PriceCreated;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A price never changes once set; subscriptions copy its terms, so archiving it changes nothing they bill. */
@Aggregate(cache = "aggregateCache")
class Price {

    @AggregateIdentifier
    private PriceId priceId;
    private OrganizationId organizationId;
    private PriceTerms terms;
    private boolean archived;

    protected Price() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    /** Only {@link PriceCreation} creates prices, once the product is confirmed offered. */
    Price(CreatePrice command) {
        apply(new PriceCreated(command.organizationId(), command.priceId(), command.productId(), command.terms()));
    }

    @CommandHandler
    void handle(ArchivePrice command) {
        TenantGuard.requireOwner(organizationId, command.organizationId(), priceId);
        if (!archived) {
            apply(new PriceArchived(organizationId, priceId));
        }
    }

    PriceTerms activeTerms(OrganizationId asking) {
        TenantGuard.requireOwner(organizationId, asking, priceId);
        if (archived) {
            throw new PriceIsArchived(priceId);
        }
        return terms;
    }

    @EventSourcingHandler
    void on(PriceCreated event) {
        priceId = event.priceId();
        organizationId = event.organizationId();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(PriceArchived event) {
        archived = true;
    }
}
