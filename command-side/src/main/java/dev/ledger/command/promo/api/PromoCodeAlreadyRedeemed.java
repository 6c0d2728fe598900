package dev.ledger.command.promo.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.promo.CouponCode;

/** The code is once per customer and this customer redeemed it. */
public final class PromoCodeAlreadyRedeemed extends BillingRuleViolation.Conflict {

    public PromoCodeAlreadyRedeemed(CouponCode code) {
        super("Promo code " + code + " was already redeemed by this customer");
    }
}
