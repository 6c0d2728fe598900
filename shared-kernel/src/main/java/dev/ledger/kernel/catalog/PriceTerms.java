package dev.ledger.kernel.catalog;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;

/**
 * What a price asks: its currency, how often (no interval: one-time), the tiers, whether usage is metered (billed
 * in arrears by reported quantity) or licensed (quantity x tiers, in advance), trial days and quantity bounds.
 */
public record PriceTerms(
        CurrencyCode currency,
        BillingInterval interval,
        PriceTiers tiers,
        boolean metered,
        int trialDays,
        long minQuantity,
        long maxQuantity) {

    public static final int MAX_TRIAL_DAYS = 730;

    public PriceTerms {
        InvalidValue.required("currency", currency);
        InvalidValue.required("tiers", tiers);
        if (metered && interval == null) {
            throw new InvalidValue("interval", "a metered price must recur");
        }
        if (trialDays < 0 || trialDays > MAX_TRIAL_DAYS) {
            throw new InvalidValue("trialDays", "must be between 0 and " + MAX_TRIAL_DAYS);
        }
        if (trialDays > 0 && interval == null) {
            throw new InvalidValue("trialDays", "only a recurring price has a trial");
        }
        if (minQuantity < 0) {
            throw new InvalidValue("minQuantity", "must not be negative");
        }
        if (maxQuantity < Math.max(1, minQuantity)) {
            throw new InvalidValue("maxQuantity", "must be at least 1 and at least minQuantity");
        }
    }

    public boolean recurring() {
        return interval != null;
    }

    public boolean allowsQuantity(long quantity) {
        return quantity >= minQuantity && quantity <= maxQuantity;
    }
}
