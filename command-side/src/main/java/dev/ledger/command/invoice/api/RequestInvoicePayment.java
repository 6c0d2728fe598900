package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links the payment order created to pay the open invoice; one pending payment at a time. */
public record RequestInvoicePayment(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        PaymentOrderId paymentOrderId) implements TenantCommand {

    public RequestInvoicePayment {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
    }
}
