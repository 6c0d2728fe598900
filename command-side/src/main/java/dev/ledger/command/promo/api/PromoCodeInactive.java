package dev.ledger.command.promo.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.promo.CouponCode;

/** The code was deactivated. */
public final class PromoCodeInactive extends BillingRuleViolation.Conflict {

    public PromoCodeInactive(CouponCode code) {
        super("Promo code " + code + " is no longer active");
    }
}
