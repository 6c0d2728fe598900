package dev.ledger.command.customer.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.PaymentMethodId;

/** Port: whether payment orders still wait on a method, which must then not be removed under them. */
public interface PaymentMethodUsage {

    /** True while an order that uses the method is created or authorized but not yet settled or called off. */
    boolean hasPendingOrders(OrganizationId organizationId, PaymentMethodId paymentMethodId);
}
