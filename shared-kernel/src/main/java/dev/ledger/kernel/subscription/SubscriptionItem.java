package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;

/** A price the subscription bills, with the terms it had when chosen, and the licensed quantity (0 for metered). */
public record SubscriptionItem(PriceId priceId, PriceTerms terms, long quantity) {

    public SubscriptionItem {
        InvalidValue.required("priceId", priceId);
        InvalidValue.required("terms", terms);
        if (!terms.recurring()) {
            throw new InvalidValue("priceId", "a subscription needs a recurring price");
        }
        if (terms.metered() ? quantity != 0 : !terms.allowsQuantity(quantity) || quantity < 1) {
            throw new InvalidValue("quantity", terms.metered() ? "a metered price has no quantity"
                    : "must be between " + Math.max(1, terms.minQuantity()) + " and " + terms.maxQuantity());
        }
    }

    /** The licensed charge of one full period. */
    public long periodAmountMinor() {
        return terms.tiers().amountFor(quantity);
    }
}
