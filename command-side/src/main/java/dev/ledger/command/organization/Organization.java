package dev.ledger.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.organization.OrganizationRegistered;
import dev.ledger.kernel.organization.OrganizationRenamed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The tenant itself. Its id is the organization id every other aggregate and row carries. */
@Aggregate(cache = "aggregateCache")
class Organization {

    @AggregateIdentifier
    private OrganizationId organizationId;
    private OrganizationName name;

    protected Organization() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    @CommandHandler
    Organization(RegisterOrganization command) {
        apply(new OrganizationRegistered(command.organizationId(), command.name(), command.defaultCurrency()));
    }

    @CommandHandler
    void handle(RenameOrganization command) {
        if (name.equals(command.name())) {
            return; // renaming to the current name is a retry, not a change worth an event
        }
        apply(new OrganizationRenamed(organizationId, name, command.name()));
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event) {
        organizationId = event.organizationId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(OrganizationRenamed event) {
        name = event.name();
    }
}
