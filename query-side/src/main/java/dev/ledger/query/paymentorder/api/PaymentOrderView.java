package dev.ledger.query.paymentorder.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment order with its running totals, amounts in minor units of {@code currency}; {@code invoiceId} is the
 * invoice it pays, if any.
 */
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
        UUID invoiceId,
        String providerReference,
        String failureCode,
        Boolean failureRetryable,
        String failureMessage,
        Instant createdAt,
        Instant updatedAt,
        long version,
        long lastGlobalPosition) {
}
