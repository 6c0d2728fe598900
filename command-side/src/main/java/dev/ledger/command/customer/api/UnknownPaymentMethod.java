package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;

/** The customer never had a payment method with this id. */
public final class UnknownPaymentMethod extends CustomerRuleViolation {

    private final CustomerId customerId;
    private final PaymentMethodId paymentMethodId;

    public UnknownPaymentMethod(CustomerId customerId, PaymentMethodId paymentMethodId) {
        super("Customer " + customerId + " has no payment method " + paymentMethodId);
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
