package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceTotals;
import java.util.List;

/** The subscription billed a period: these lines go on the invoice with this id, which is issued from this event. {@code creditCarried} is credit left over for the next invoice. */
@EventRevision("1")
public record SubscriptionBilled(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        InvoiceId invoiceId,
        CustomerId customerId,
        List<InvoiceLine> lines,
        InvoiceTotals totals,
        Money creditCarried) implements LedgerEvent {

    public SubscriptionBilled {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("totals", totals);
        InvalidValue.required("creditCarried", creditCarried);
        InvalidValue.required("lines", lines);
        lines = List.copyOf(lines);
        if (!InvoiceTotals.of(totals.currency(), lines).equals(totals)) {
            throw new InvalidValue("totals", "must be the sums of the lines");
        }
    }
}
