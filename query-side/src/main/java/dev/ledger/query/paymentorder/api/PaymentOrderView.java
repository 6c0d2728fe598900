package dev.ledger.query.paymentorder.api;

import java.time.Instant;
import java.util.UUID;

/** A payment order with its running totals, amounts in minor units of {@code currency}. */
public record PaymentOrderView(
        UUID paymentOrderId,
        String orderNumber,
        UUID customerId,
        UUID paymentMethodId,
        String status,
        String currency,
        long amountMinor,
        long feeMinor,
        long taxMinor,
        long authorizedMinor,
        long capturedMinor,
        long refundedMinor,
        String description,
        String providerReference,
        String failureCode,
        Boolean failureRetryable,
        String failureMessage,
        Instant createdAt,
        Instant updatedAt,
        long version,
        long lastGlobalPosition) {
}
