package dev.ledger.command.tax;

import dev.ledger.command.tax.api.TaxRates;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import dev.ledger.kernel.tax.TaxScheduleId;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Answers {@link TaxRates} from the jurisdiction's schedule; no schedule means no tax there. */
final class ScheduledTaxRates implements TaxRates {

    private final Repository<TaxSchedule> taxScheduleRepository;

    ScheduledTaxRates(Repository<TaxSchedule> taxScheduleRepository) {
        this.taxScheduleRepository = taxScheduleRepository;
    }

    @Override
    public TaxRate rateAt(OrganizationId organizationId, TaxJurisdiction jurisdiction, Instant at) {
        try {
            return taxScheduleRepository.load(TaxScheduleId.of(organizationId, jurisdiction).toString())
                    .invoke(schedule -> schedule.rateAt(organizationId, at));
        } catch (AggregateNotFoundException noSchedule) {
            return TaxRate.none();
        }
    }
}
