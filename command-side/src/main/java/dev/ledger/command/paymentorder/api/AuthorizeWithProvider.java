package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Asks the configured payment gateway to authorize the whole order; its answer is recorded either way. */
public record AuthorizeWithProvider(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        @TargetAggregateVersion Long expectedVersion) implements PaymentOrderCommand {

    public AuthorizeWithProvider {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
    }
}
