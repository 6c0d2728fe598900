package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.ProviderReference;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the gateway's authorization of {@code amount}, which may be less than ordered but never more. */
public record AuthorizePayment(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        Money amount,
        ProviderReference providerReference,
        @TargetAggregateVersion Long expectedVersion) implements PaymentOrderCommand {

    public AuthorizePayment {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        PositiveAmount.check(amount);
    }
}
