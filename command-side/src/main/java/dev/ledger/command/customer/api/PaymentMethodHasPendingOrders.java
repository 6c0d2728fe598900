package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;

/** Payment orders still wait on the method; it can be removed once they are settled or called off. */
public final class PaymentMethodHasPendingOrders extends CustomerRuleViolation {

    private final CustomerId customerId;
    private final PaymentMethodId paymentMethodId;

    public PaymentMethodHasPendingOrders(CustomerId customerId, PaymentMethodId paymentMethodId) {
        super("Payment method " + paymentMethodId + " still has pending payment orders");
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
