package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;

/** The payment method was removed and can no longer be used, verified or made the default. */
public final class PaymentMethodNotActive extends CustomerRuleViolation {

    private final CustomerId customerId;
    private final PaymentMethodId paymentMethodId;

    public PaymentMethodNotActive(CustomerId customerId, PaymentMethodId paymentMethodId) {
        super("Payment method " + paymentMethodId + " of customer " + customerId + " was removed");
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
