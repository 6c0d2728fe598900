package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.invoice.InvoiceId;

/**
 * A customer was asked to pay {@code amount}; {@code fee} and {@code tax} are the parts of it the organization
 * reports separately, in the same currency. No payment method means the customer picks one at authorization.
 * {@code invoiceId} names the invoice the order pays, if any (the invoice names the order in turn); revision 1
 * had no such field and reads as paying none.
 */
@EventRevision("2")
public record PaymentOrderCreated(
        OrganizationId organizationId,
        PaymentOrderId paymentOrderId,
        OrderNumber orderNumber,
        CustomerId customerId,
        PaymentMethodId paymentMethodId,
        Money amount,
        Money fee,
        Money tax,
        String description,
        InvoiceId invoiceId) implements LedgerEvent {

    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public PaymentOrderCreated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("orderNumber", orderNumber);
        InvalidValue.required("customerId", customerId);
        Amounts.positive("amount", amount);
        Amounts.inCurrency("fee", fee, amount.currency());
        Amounts.inCurrency("tax", tax, amount.currency());
        description = checkedDescription(description);
    }

    /** The rule this event holds its description to, for commands to apply before anything happens. */
    public static String checkedDescription(String description) {
        return FreeText.optional("description", description, MAX_DESCRIPTION_LENGTH);
    }
}
