package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/**
 * A customer joined an organization; the country stays outside personal data so it survives forgetting. Revision 2:
 * personal data may read back erased (revision 1 rows upcast unchanged).
 */
@EventRevision("2")
public record CustomerRegistered(
        OrganizationId organizationId,
        CustomerId customerId,
        ExternalReference externalReference,
        CountryCode country,
        PersonalData personalData) implements LedgerEvent {

    public CustomerRegistered {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("externalReference", externalReference);
        InvalidValue.required("country", country);
        InvalidValue.required("personalData", personalData);
    }
}
