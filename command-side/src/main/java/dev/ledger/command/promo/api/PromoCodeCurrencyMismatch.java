package dev.ledger.command.promo.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.promo.CouponCode;

/** An amount-off code only applies to subscriptions billed in its currency. */
public final class PromoCodeCurrencyMismatch extends BillingRuleViolation {

    public PromoCodeCurrencyMismatch(CouponCode code) {
        super("Promo code " + code + " is for another currency");
    }
}
