package dev.ledger.command.promo.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.promo.CouponCode;

/** The code expired before this redemption. */
public final class PromoCodeExpired extends BillingRuleViolation.Conflict {

    public PromoCodeExpired(CouponCode code) {
        super("Promo code " + code + " has expired");
    }
}
