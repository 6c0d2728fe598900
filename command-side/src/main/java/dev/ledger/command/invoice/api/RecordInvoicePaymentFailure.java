package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The linked payment order failed. */
public record RecordInvoicePaymentFailure(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        PaymentOrderId paymentOrderId,
        FailureReason failure) implements TenantCommand {

    public RecordInvoicePaymentFailure {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("failure", failure);
    }
}
