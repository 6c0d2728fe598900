package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** Money moved: {@code amount} in this capture, {@code totalCaptured} over all captures of the order so far. */
@EventRevision("1")
public record PaymentCaptured(OrganizationId organizationId, PaymentOrderId paymentOrderId, Money amount, Money totalCaptured)
        implements LedgerEvent {

    public PaymentCaptured {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        Amounts.positive("amount", amount);
        Amounts.inCurrency("totalCaptured", totalCaptured, amount.currency());
    }
}
