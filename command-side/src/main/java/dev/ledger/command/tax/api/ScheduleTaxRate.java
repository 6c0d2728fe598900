package dev.ledger.command.tax.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import dev.ledger.kernel.tax.TaxScheduleId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Taxes lines billed in {@code jurisdiction} at {@code rate} from {@code effectiveFrom} on (now or later; null: now). */
public record ScheduleTaxRate(OrganizationId organizationId, TaxJurisdiction jurisdiction, TaxRate rate, Instant effectiveFrom)
        implements TenantCommand {

    public ScheduleTaxRate {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("jurisdiction", jurisdiction);
        InvalidValue.required("rate", rate);
    }

    @TargetAggregateIdentifier
    public TaxScheduleId taxScheduleId() {
        return TaxScheduleId.of(organizationId, jurisdiction);
    }
}
