package dev.ledger.kernel.organization;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** A tenant joined the ledger; its default currency is what amounts without an explicit one are kept in. */
@EventRevision("1")
public record OrganizationRegistered(OrganizationId organizationId, OrganizationName name, CurrencyCode defaultCurrency)
        implements LedgerEvent {

    public OrganizationRegistered {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("name", name);
        InvalidValue.required("defaultCurrency", defaultCurrency);
    }
}
