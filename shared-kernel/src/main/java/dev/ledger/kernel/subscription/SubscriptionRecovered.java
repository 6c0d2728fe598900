package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.invoice.InvoiceId;

/** The overdue invoice was paid; the subscription is active again. */
@EventRevision("1")
public record SubscriptionRecovered(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        InvoiceId invoiceId) implements LedgerEvent {

    public SubscriptionRecovered {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("invoiceId", invoiceId);
    }
}
