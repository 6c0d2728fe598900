package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.invoice.InvoiceId;
import java.time.Instant;

/** The invoice of a period was not paid; the subscription expires at {@code graceEndsAt} unless it is paid. */
@EventRevision("1")
public record SubscriptionPastDue(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        InvoiceId invoiceId,
        Instant graceEndsAt) implements LedgerEvent {

    public SubscriptionPastDue {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("graceEndsAt", graceEndsAt);
    }
}
