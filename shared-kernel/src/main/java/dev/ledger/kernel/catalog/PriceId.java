package dev.ledger.kernel.catalog;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.TimeOrderedUuid;
import dev.ledger.kernel.Uuids;
import java.util.UUID;

/** What a product costs: one-time or recurring, in one currency, flat or tiered. */
public record PriceId(UUID value) {

    public PriceId {
        InvalidValue.required("priceId", value);
    }

    public static PriceId newId() {
        return new PriceId(TimeOrderedUuid.next());
    }

    public static PriceId parse(String text) {
        return new PriceId(Uuids.parse("priceId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
