package dev.ledger.kernel.organization;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The display name changed; the previous one is kept so a reader of this event alone sees both. */
@EventRevision("1")
public record OrganizationRenamed(OrganizationId organizationId, OrganizationName previousName, OrganizationName name)
        implements LedgerEvent {

    public OrganizationRenamed {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("previousName", previousName);
        InvalidValue.required("name", name);
    }
}
