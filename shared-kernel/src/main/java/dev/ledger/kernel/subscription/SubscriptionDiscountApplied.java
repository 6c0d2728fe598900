package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoCodeId;
import dev.ledger.kernel.promo.PromoDiscount;

/** A redeemed promo code discounts the subscription's next {@code discount.periods()} invoices (0: all). */
@EventRevision("1")
public record SubscriptionDiscountApplied(
        OrganizationId organizationId,
        SubscriptionId subscriptionId,
        PromoCodeId promoCodeId,
        CouponCode code,
        PromoDiscount discount) implements LedgerEvent {

    public SubscriptionDiscountApplied {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("promoCodeId", promoCodeId);
        InvalidValue.required("code", code);
        InvalidValue.required("discount", discount);
    }
}
