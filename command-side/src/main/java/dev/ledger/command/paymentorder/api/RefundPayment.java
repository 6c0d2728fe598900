package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentRefunded;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Gives back {@code amount} of the captured money; several partial refunds may follow one another. */
public record RefundPayment(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        Money amount,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements PaymentOrderCommand {

    public RefundPayment {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        PositiveAmount.check(amount);
        reason = PaymentRefunded.checkedReason(reason);
    }
}
