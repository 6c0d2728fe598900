package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The customer's country or personal data changed; carries the whole new state, not a patch. */
@EventRevision("1")
public record CustomerDetailsUpdated(
        OrganizationId organizationId, CustomerId customerId, CountryCode country, PersonalData personalData)
        implements LedgerEvent {

    public CustomerDetailsUpdated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("country", country);
        InvalidValue.required("personalData", personalData);
    }
}
