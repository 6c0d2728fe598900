package dev.ledger.command.customer.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CardDetails;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Carries what the edge kept of a card number ({@code CardNumber.details}), never the number itself. */
public record AddCard(
        OrganizationId organizationId,
        @TargetAggregateIdentifier CustomerId customerId,
        PaymentMethodId paymentMethodId,
        CardDetails card,
        @TargetAggregateVersion Long expectedVersion) implements CustomerCommand {

    public AddCard {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentMethodId", paymentMethodId);
        InvalidValue.required("card", card);
    }
}
