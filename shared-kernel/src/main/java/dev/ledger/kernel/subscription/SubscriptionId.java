package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.TimeOrderedUuid;
import dev.ledger.kernel.Uuids;
import java.util.UUID;

/** A customer's recurring purchase of a price, from trial to cancellation. */
public record SubscriptionId(UUID value) {

    public SubscriptionId {
        InvalidValue.required("subscriptionId", value);
    }

    public static SubscriptionId newId() {
        return new SubscriptionId(TimeOrderedUuid.next());
    }

    public static SubscriptionId parse(String text) {
        return new SubscriptionId(Uuids.parse("subscriptionId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
