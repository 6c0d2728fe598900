package dev.ledger.query.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

public record ListProviderTransactions(OrganizationId organizationId, PaymentOrderId paymentOrderId) {

    public ListProviderTransactions {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
    }
}
