package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;

/** The id is taken by a method added before (and possibly removed since); ids are never reused. */
public final class PaymentMethodAlreadyAdded extends CustomerRuleViolation {

    private final CustomerId customerId;
    private final PaymentMethodId paymentMethodId;

    public PaymentMethodAlreadyAdded(CustomerId customerId, PaymentMethodId paymentMethodId) {
        super("Payment method " + paymentMethodId + " was already added to customer " + customerId);
        this.customerId = customerId;
        this.paymentMethodId = paymentMethodId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public PaymentMethodId paymentMethodId() {
        return paymentMethodId;
    }
}
