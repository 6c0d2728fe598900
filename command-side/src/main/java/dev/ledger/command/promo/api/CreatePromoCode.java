package dev.ledger.command.promo.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoCodeId;
import dev.ledger.kernel.promo.PromoDiscount;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A promo code; expiry optional, {@code maxRedemptions} 0 for no limit. Its id follows from the code. */
public record CreatePromoCode(
        OrganizationId organizationId,
        CouponCode code,
        PromoDiscount discount,
        Instant expiresAt,
        int maxRedemptions,
        boolean oncePerCustomer) {

    public CreatePromoCode {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("code", code);
        InvalidValue.required("discount", discount);
        if (maxRedemptions < 0) {
            throw new InvalidValue("maxRedemptions", "must not be negative");
        }
    }

    @TargetAggregateIdentifier
    public PromoCodeId promoCodeId() {
        return PromoCodeId.forCode(organizationId, code);
    }
}
