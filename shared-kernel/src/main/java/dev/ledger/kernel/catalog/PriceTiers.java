package dev.ledger.kernel.catalog;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import java.util.List;

/**
 * Graduated pricing: each unit costs the price of the tier it falls in (units 1..10 at the first tier's price, 11..
 * at the next). A flat per-unit price is a single open tier. Tiers ascend and the last one is open.
 */
public record PriceTiers(List<PriceTier> tiers) {

    public static final int MAX_TIERS = 20;

    public PriceTiers {
        InvalidValue.required("tiers", tiers);
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.size() > MAX_TIERS) {
            throw new InvalidValue("tiers", "must have 1 to " + MAX_TIERS + " tiers");
        }
        long previous = 0;
        for (int i = 0; i < tiers.size(); i++) {
            Long upTo = tiers.get(i).upTo();
            boolean last = i == tiers.size() - 1;
            if (last != (upTo == null)) {
                throw new InvalidValue("tiers", "only the last tier is open (upTo null)");
            }
            if (upTo != null && upTo <= previous) {
                throw new InvalidValue("tiers", "upTo must ascend");
            }
            previous = upTo == null ? previous : upTo;
        }
    }

    public static PriceTiers flat(long unitAmountMinor) {
        return new PriceTiers(List.of(new PriceTier(null, unitAmountMinor)));
    }

    /** The amount for {@code quantity} units, graduated through the tiers. */
    public long amountFor(long quantity) {
        if (quantity < 0) {
            throw new InvalidValue("quantity", "must not be negative");
        }
        long amount = 0;
        long priced = 0;
        for (PriceTier tier : tiers) {
            if (priced >= quantity) {
                break;
            }
            long upTo = tier.upTo() == null ? quantity : Math.min(quantity, tier.upTo());
            amount = Math.addExact(amount, Math.multiplyExact(upTo - priced, tier.unitAmountMinor()));
            priced = upTo;
        }
        if (amount > Money.MAX_MINOR_UNITS) {
            throw new InvalidValue("quantity", "prices above " + Money.MAX_MINOR_UNITS + " minor units");
        }
        return amount;
    }
}
