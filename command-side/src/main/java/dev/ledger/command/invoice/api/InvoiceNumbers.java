package dev.ledger.command.invoice.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceNumber;

/** Gap-free invoice numbers per organization, allocated in the caller's transaction. */
public interface InvoiceNumbers {

    InvoiceNumber next(OrganizationId organizationId);
}
