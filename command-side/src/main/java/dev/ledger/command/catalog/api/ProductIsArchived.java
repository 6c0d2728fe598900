package dev.ledger.command.catalog.api;

import dev.ledger.command.api.BillingRuleViolation;

/** An archived product takes no new price. */
public final class ProductIsArchived extends BillingRuleViolation.Conflict {

    public ProductIsArchived(Object productId) {
        super("Product " + productId + " is archived");
    }
}
