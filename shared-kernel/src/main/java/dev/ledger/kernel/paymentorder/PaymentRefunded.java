package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** Money went back: {@code amount} in this refund, {@code totalRefunded} over all refunds of the order so far. */
@EventRevision("1")
public record PaymentRefunded(
        OrganizationId organizationId, PaymentOrderId paymentOrderId, Money amount, Money totalRefunded, String reason)
        implements LedgerEvent {

    public static final int MAX_REASON_LENGTH = 500;

    public PaymentRefunded {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        Amounts.positive("amount", amount);
        Amounts.inCurrency("totalRefunded", totalRefunded, amount.currency());
        reason = checkedReason(reason);
    }

    /** The rule this event holds its reason to, for commands to apply before anything happens. */
    public static String checkedReason(String reason) {
        return FreeText.of("reason", reason, MAX_REASON_LENGTH);
    }
}
