package dev.ledger.query.customer.api;

import java.time.Instant;
import java.util.UUID;

/** A payment method as stored: masked, never a full card number or IBAN. */
public record PaymentMethodView(
        UUID paymentMethodId,
        UUID customerId,
        String type,
        String cardBrand,
        String cardLast4,
        Integer cardExpiryMonth,
        Integer cardExpiryYear,
        String maskedIban,
        String bankName,
        String walletNetwork,
        String walletAddress,
        boolean verified,
        boolean isDefault,
        String status,
        Instant addedAt,
        long version) {
}
