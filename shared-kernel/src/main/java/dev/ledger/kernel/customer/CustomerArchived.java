package dev.ledger.kernel.customer;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The customer can no longer be changed or pay; its history stays. */
@EventRevision("1")
public record CustomerArchived(OrganizationId organizationId, CustomerId customerId, String reason)
        implements LedgerEvent {

    public static final int MAX_REASON_LENGTH = 500;

    public CustomerArchived {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        reason = checkedReason(reason);
    }

    /** The rule this event holds its reason to, for commands to apply before anything happens. */
    public static String checkedReason(String reason) {
        return FreeText.of("reason", reason, MAX_REASON_LENGTH);
    }
}
