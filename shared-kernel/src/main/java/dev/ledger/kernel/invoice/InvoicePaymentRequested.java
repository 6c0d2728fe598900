package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.subscription.SubscriptionId;

/** A payment order is to pay the invoice of {@code customerId} (and of {@code subscriptionId}, if it bills one); the order names the invoice in turn. */
@EventRevision("1")
public record InvoicePaymentRequested(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        CustomerId customerId,
        SubscriptionId subscriptionId,
        PaymentOrderId paymentOrderId,
        Money amount) implements LedgerEvent {

    public InvoicePaymentRequested {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("amount", amount);
    }
}
