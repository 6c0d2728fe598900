package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CancelPayment(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements PaymentOrderCommand {

    public CancelPayment {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        reason = PaymentCanceled.checkedReason(reason);
    }
}
