package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The gateway reserved {@code authorizedAmount} (possibly less than ordered); captures may not exceed it. */
@EventRevision("1")
public record PaymentAuthorized(
        OrganizationId organizationId,
        PaymentOrderId paymentOrderId,
        Money authorizedAmount,
        ProviderReference providerReference) implements LedgerEvent {

    public PaymentAuthorized {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        Amounts.positive("authorizedAmount", authorizedAmount);
    }
}
