package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The linked payment order captured the amount due. */
public record RecordInvoicePayment(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        PaymentOrderId paymentOrderId,
        Money amount) implements TenantCommand {

    public RecordInvoicePayment {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("amount", amount);
    }
}
