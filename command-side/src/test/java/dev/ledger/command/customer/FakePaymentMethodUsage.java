package dev.ledger.command.customer;

import dev.ledger.command.customer.api.PaymentMethodUsage;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.PaymentMethodId;
import java.util.HashSet;
import java.util.Set;

/** Payment orders pending on whichever methods a test says. */
final class FakePaymentMethodUsage implements PaymentMethodUsage {

    private final Set<PaymentMethodId> pending = new HashSet<>();

    FakePaymentMethodUsage withPendingOrdersOn(PaymentMethodId paymentMethodId) {
        pending.add(paymentMethodId);
        return this;
    }

    @Override
    public boolean hasPendingOrders(OrganizationId organizationId, PaymentMethodId paymentMethodId) {
        return pending.contains(paymentMethodId);
    }
}
