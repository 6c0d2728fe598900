package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/**
 * A payment method was removed. When it was the default, {@code promotedDefault} names the method that took its
 * place, or is null when no active method was left.
 */
@EventRevision("1")
public record PaymentMethodRemoved(
        OrganizationId organizationId,
        CustomerId customerId,
        PaymentMethodId paymentMethodId,
        boolean wasDefault,
        PaymentMethodId promotedDefault) implements LedgerEvent {

    public PaymentMethodRemoved {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentMethodId", paymentMethodId);
        if (promotedDefault != null && !wasDefault) {
            throw new InvalidValue("promotedDefault", "only removing the default promotes another method");
        }
    }
}
