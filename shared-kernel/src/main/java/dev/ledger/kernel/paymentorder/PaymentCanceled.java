package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The order was called off before any money moved; an authorization, if any, is to be released. */
@EventRevision("1")
public record PaymentCanceled(OrganizationId organizationId, PaymentOrderId paymentOrderId, String reason)
        implements LedgerEvent {

    public static final int MAX_REASON_LENGTH = 500;

    public PaymentCanceled {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        reason = checkedReason(reason);
    }

    /** The rule this event holds its reason to, for commands to apply before anything happens. */
    public static String checkedReason(String reason) {
        return FreeText.of("reason", reason, MAX_REASON_LENGTH);
    }
}
