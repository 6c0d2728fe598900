package dev.ledger.command.paymentorder.api;

import dev.ledger.command.api.ConcurrencyKey;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks {@code customerId} to pay {@code amount}; fee and tax are parts of it reported separately and default to
 * zero. The payment method is optional; when named it must be an active method of the customer. {@code invoiceId},
 * also optional, names the invoice the order pays. Answers with the order's id; the order number is allocated on
 * handling.
 */
public record CreatePaymentOrder(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        CustomerId customerId,
        PaymentMethodId paymentMethodId,
        Money amount,
        Money fee,
        Money tax,
        String description,
        InvoiceId invoiceId) implements PaymentOrderCommand, ConcurrencyKey {

    public CreatePaymentOrder {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("amount", amount);
        if (amount.isZero()) {
            throw new InvalidValue("amount", "must be more than zero");
        }
        fee = fee == null ? Money.zero(amount.currency()) : fee;
        tax = tax == null ? Money.zero(amount.currency()) : tax;
        if (!fee.currency().equals(amount.currency()) || !tax.currency().equals(amount.currency())) {
            throw new InvalidValue("currency", "fee and tax must be in the order's currency " + amount.currency());
        }
        description = PaymentOrderCreated.checkedDescription(description);
    }

    /** Creating an order locks its customer (and the organization's order-number row): one customer, one at a time. */
    @Override
    public String concurrencyKey() {
        return customerId.toString();
    }
}
