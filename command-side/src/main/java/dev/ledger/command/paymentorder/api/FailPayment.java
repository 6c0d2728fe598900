package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record FailPayment(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        FailureReason failure,
        @TargetAggregateVersion Long expectedVersion) implements PaymentOrderCommand {

    public FailPayment {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("failure", failure);
    }
}
