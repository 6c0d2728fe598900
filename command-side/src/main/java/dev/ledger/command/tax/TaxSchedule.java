package dev.ledger.command.tax;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.api.Now;
import dev.ledger.command.api.TenantGuard;
import dev.ledger.command.tax.api.ScheduleTaxRate;
import dev.ledger.command.tax.api.TaxRateBackdated;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.tax.TaxRate;
import dev.ledger.kernel.tax.TaxRateScheduled;
import dev.ledger.kernel.tax.TaxScheduleId;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The effective-dated rates of one jurisdiction. A new rate starts now or later and after every rate already
 * scheduled, so a line billed under one rate is never re-taxed by a later schedule.
 */
@Aggregate(cache = "aggregateCache")
class TaxSchedule {

    @AggregateIdentifier
    private TaxScheduleId taxScheduleId;
    private OrganizationId organizationId;
    private final TreeMap<Instant, TaxRate> rates = new TreeMap<>();

    TaxSchedule() {
        // Axon rebuilds the aggregate from its events, and creates it on the first rate, through this constructor.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleTaxRate command) {
        if (organizationId != null) {
            TenantGuard.requireOwner(organizationId, command.organizationId(), taxScheduleId);
        }
        Instant now = Now.instant();
        Instant earliest = rates.isEmpty() || rates.lastKey().isBefore(now) ? now : rates.lastKey().plusSeconds(1);
        Instant effectiveFrom = command.effectiveFrom() == null ? earliest : command.effectiveFrom();
        if (effectiveFrom.isBefore(earliest)) {
            throw new TaxRateBackdated(effectiveFrom, earliest);
        }
        apply(new TaxRateScheduled(command.organizationId(), command.taxScheduleId(), command.jurisdiction(),
                command.rate(), effectiveFrom));
    }

    TaxRate rateAt(OrganizationId asking, Instant at) {
        TenantGuard.requireOwner(organizationId, asking, taxScheduleId);
        Map.Entry<Instant, TaxRate> inEffect = rates.floorEntry(at);
        return inEffect == null ? TaxRate.none() : inEffect.getValue();
    }

    @EventSourcingHandler
    void on(TaxRateScheduled event) {
        taxScheduleId = event.taxScheduleId();
        organizationId = event.organizationId();
        rates.put(event.effectiveFrom(), event.rate());
    }
}
