package dev.ledger.query.invoice.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;

public record FindInvoice(OrganizationId organizationId, InvoiceId invoiceId) {

    public FindInvoice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
    }
}
