package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.invoice.InvoiceLine;
import java.time.Instant;
import java.util.List;

/** The plan changed at {@code at}; the proration lines (credit for the old plan, charge for the new, for the time left) go on the next invoice. */
@EventRevision("1")
public record SubscriptionPlanChanged(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        SubscriptionItem previous,
        SubscriptionItem plan,
        Instant at,
        List<InvoiceLine> prorations) implements LedgerEvent {

    public SubscriptionPlanChanged {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("previous", previous);
        InvalidValue.required("plan", plan);
        InvalidValue.required("at", at);
        InvalidValue.required("prorations", prorations);
        prorations = List.copyOf(prorations);
    }
}
