package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes {@code amount} of the authorized money; several partial captures may follow one another. */
public record CapturePayment(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        Money amount,
        @TargetAggregateVersion Long expectedVersion) implements PaymentOrderCommand {

    public CapturePayment {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        PositiveAmount.check(amount);
    }
}
