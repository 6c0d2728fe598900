package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.ProviderReference;
import dev.ledger.kernel.paymentorder.ProviderTransactionRecorded;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Keeps what a gateway said about the order, in any state of the order; {@code amount} only if it stated one. */
public record RecordProviderTransaction(
        OrganizationId organizationId,
        @TargetAggregateIdentifier PaymentOrderId paymentOrderId,
        String provider,
        ProviderReference providerTransactionId,
        String rawStatus,
        Money amount,
        @TargetAggregateVersion Long expectedVersion) implements PaymentOrderCommand {

    public RecordProviderTransaction {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        provider = ProviderTransactionRecorded.checkedProvider(provider);
        InvalidValue.required("providerTransactionId", providerTransactionId);
        rawStatus = ProviderTransactionRecorded.checkedRawStatus(rawStatus);
    }
}
