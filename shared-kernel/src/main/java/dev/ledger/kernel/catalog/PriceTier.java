package dev.ledger.kernel.catalog;

import dev.ledger.kernel.InvalidValue;

/** Units up to {@code upTo} (inclusive; null for "and above") cost {@code unitAmountMinor} each. */
public record PriceTier(Long upTo, long unitAmountMinor) {

    public PriceTier {
        if (upTo != null && upTo < 1) {
            throw new InvalidValue("tiers.upTo", "must be positive");
        }
        if (unitAmountMinor < 0) {
            throw new InvalidValue("tiers.unitAmountMinor", "must not be negative");
        }
    }
}
