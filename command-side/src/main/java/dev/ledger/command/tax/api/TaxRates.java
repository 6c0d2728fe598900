package dev.ledger.command.tax.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Instant;

/** The rate in effect at a moment; a jurisdiction without any scheduled rate is untaxed. */
public interface TaxRates {

    TaxRate rateAt(OrganizationId organizationId, TaxJurisdiction jurisdiction, Instant at);
}
