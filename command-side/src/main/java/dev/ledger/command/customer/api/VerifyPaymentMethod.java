package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record VerifyPaymentMethod(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        PaymentMethodId paymentMethodId,
        @TargetAggregateVersion Long expectedVersion) implements CustomerCommand {

    public VerifyPaymentMethod {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentMethodId", paymentMethodId);
    }
}
