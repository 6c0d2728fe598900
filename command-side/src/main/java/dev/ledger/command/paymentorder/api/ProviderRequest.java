package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** What a gateway is asked to authorize; the payment method may be absent (the gateway then asks the payer). */
public record ProviderRequest(OrganizationId organizationId, PaymentOrderId paymentOrderId, PaymentMethodId paymentMethodId,
        Money amount) {

    public ProviderRequest {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("amount", amount);
    }
}
