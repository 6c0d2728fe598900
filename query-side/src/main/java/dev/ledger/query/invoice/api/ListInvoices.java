package dev.ledger.query.invoice.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceStatus;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.query.spec.PageRequest;

/** A page of a tenant's invoices, optionally of one status and one subscription; newest first by default. */
public record ListInvoices(
        OrganizationId organizationId, InvoiceStatus status, SubscriptionId subscriptionId, String sort, PageRequest page) {

    public ListInvoices {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("page", page);
    }
}
