package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.TimeOrderedUuid;
import dev.ledger.kernel.Uuids;
import java.util.UUID;

/** One card, bank account or wallet of a customer; never reused after the method is removed. */
public record PaymentMethodId(UUID value) {

    public PaymentMethodId {
        InvalidValue.required("paymentMethodId", value);
    }

    public static PaymentMethodId newId() {
        return new PaymentMethodId(TimeOrderedUuid.next());
    }

    public static PaymentMethodId parse(String text) {
        return new PaymentMethodId(Uuids.parse("paymentMethodId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
