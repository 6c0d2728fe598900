package dev.ledger.kernel.promo;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.subscription.SubscriptionId;

/** A customer redeemed the code for a subscription; {@code redemptions} counts every redemption so far. */
@EventRevision("1")
public record PromoCodeRedeemed(
        OrganizationId organizationId,
        PromoCodeId promoCodeId,
        CouponCode code,
        CustomerId customerId,
        SubscriptionId subscriptionId,
        PromoDiscount discount,
        int redemptions) implements LedgerEvent {

    public PromoCodeRedeemed {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("promoCodeId", promoCodeId);
        InvalidValue.required("code", code);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("subscriptionId", subscriptionId);
        InvalidValue.required("discount", discount);
        if (redemptions < 1) {
            throw new InvalidValue("redemptions", "must be positive");
        }
    }
}
