package dev.ledger.kernel.promo;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** A promo code customers may redeem until it expires or reaches its redemptions (0 max: no limit). */
@EventRevision("1")
public record PromoCodeCreated(
        OrganizationId organizationId,
        PromoCodeId promoCodeId,
        CouponCode code,
        PromoDiscount discount,
        Instant expiresAt,
        int maxRedemptions,
        boolean oncePerCustomer) implements LedgerEvent {

    public PromoCodeCreated {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("promoCodeId", promoCodeId);
        InvalidValue.required("code", code);
        InvalidValue.required("discount", discount);
        if (maxRedemptions < 0) {
            throw new InvalidValue("maxRedemptions", "must not be negative");
        }
    }
}
