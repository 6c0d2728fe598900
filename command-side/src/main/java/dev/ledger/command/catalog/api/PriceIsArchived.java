package dev.ledger.command.catalog.api;

import dev.ledger.command.api.BillingRuleViolation;

/** An archived price takes no new subscription or plan change. */
public final class PriceIsArchived extends BillingRuleViolation.Conflict {

    public PriceIsArchived(Object priceId) {
        super("Price " + priceId + " is archived");
    }
}
