package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.TimeOrderedUuid;
import dev.ledger.kernel.Uuids;
import java.util.UUID;

/** One request to move money from a customer to an organization, from creation to its last refund. */
public record PaymentOrderId(UUID value) {

    public PaymentOrderId {
        InvalidValue.required("paymentOrderId", value);
    }

    public static PaymentOrderId newId() {
        return new PaymentOrderId(TimeOrderedUuid.next());
    }

    public static PaymentOrderId parse(String text) {
        return new PaymentOrderId(Uuids.parse("paymentOrderId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
