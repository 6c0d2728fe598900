package dev.ledger.kernel.tax;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/**
 * From {@code effectiveFrom} on, lines billed in {@code jurisdiction} are taxed at {@code rate}. Issued invoices
 * keep the rate they were issued with; a later rate never changes them.
 */
@EventRevision("1")
public record TaxRateScheduled(
        OrganizationId organizationId,
        TaxScheduleId taxScheduleId,
        TaxJurisdiction jurisdiction,
        TaxRate rate,
        Instant effectiveFrom) implements LedgerEvent {

    public TaxRateScheduled {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("taxScheduleId", taxScheduleId);
        InvalidValue.required("jurisdiction", jurisdiction);
        InvalidValue.required("rate", rate);
        InvalidValue.required("effectiveFrom", effectiveFrom);
    }
}
