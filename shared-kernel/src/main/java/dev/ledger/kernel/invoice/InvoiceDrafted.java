package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.subscription.SubscriptionId;
import java.util.List;

/** An invoice was drafted for a customer (and a subscription, if it bills one) with its lines and their totals. */
@EventRevision("1")
public record InvoiceDrafted(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        CustomerId customerId,
        SubscriptionId subscriptionId,
        List<InvoiceLine> lines,
        InvoiceTotals totals) implements LedgerEvent {

    public InvoiceDrafted {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("totals", totals);
        InvalidValue.required("lines", lines);
        lines = List.copyOf(lines);
        if (!InvoiceTotals.of(totals.currency(), lines).equals(totals)) {
            throw new InvalidValue("totals", "must be the sums of the lines");
        }
    }
}
