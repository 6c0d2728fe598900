package dev.ledger.command.promo.api;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoCodeId;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.subscription.SubscriptionId;

/** Redeems a code in the caller's unit of work, under the code's lock, so its limits hold under any concurrency. */
public interface PromoRedemptions {

    PromoDiscount redeem(OrganizationId organizationId, CouponCode code, CustomerId customerId,
            SubscriptionId subscriptionId);

    static PromoCodeId idOf(OrganizationId organizationId, CouponCode code) {
        return PromoCodeId.forCode(organizationId, code);
    }
}
