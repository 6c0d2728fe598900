package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The whole new country and personal data, not a patch. Revision 2: personal data may read back erased. */
@EventRevision("2")
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
