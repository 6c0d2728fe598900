package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts a one-time invoice (no subscription): each charge becomes a line taxed at the rate in effect now for the
 * jurisdiction, all in one currency the organization bills in. {@code finalizeNow} also opens it under the next number.
 */
public record DraftInvoice(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        CustomerId customerId,
        TaxJurisdiction taxJurisdiction,
        List<OneTimeCharge> charges,
        boolean finalizeNow) implements TenantCommand {

    public static final int MAX_CHARGES = 100;

    public DraftInvoice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("taxJurisdiction", taxJurisdiction);
        InvalidValue.required("charges", charges);
        charges = List.copyOf(charges);
        if (charges.isEmpty() || charges.size() > MAX_CHARGES) {
            throw new InvalidValue("charges", "an invoice has 1 to " + MAX_CHARGES + " lines");
        }
        if (charges.stream().map(charge -> charge.unitAmount().currency()).distinct().count() > 1) {
            throw new InvalidValue("currency", "all lines of an invoice are in one currency");
        }
    }

    public CurrencyCode currency() {
        return charges.get(0).unitAmount().currency();
    }
}
