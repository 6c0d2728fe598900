package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.TimeOrderedUuid;
import dev.ledger.kernel.Uuids;
import java.util.UUID;

/** A customer of one organization: the payer of its payment orders. */
public record CustomerId(UUID value) {

    public CustomerId {
        InvalidValue.required("customerId", value);
    }

    public static CustomerId newId() {
        return new CustomerId(TimeOrderedUuid.next());
    }

    public static CustomerId parse(String text) {
        return new CustomerId(Uuids.parse("customerId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
