package dev.ledger.command.promo.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.promo.CouponCode;

/** Every redemption the code allows is taken. */
public final class PromoCodeExhausted extends BillingRuleViolation.Conflict {

    public PromoCodeExhausted(CouponCode code) {
        super("Promo code " + code + " has no redemptions left");
    }
}
