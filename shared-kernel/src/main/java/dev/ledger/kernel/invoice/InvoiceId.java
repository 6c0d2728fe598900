package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.TimeOrderedUuid;
import dev.ledger.kernel.Uuids;
import java.util.UUID;

/** One bill of an organization to a customer, from draft to paid, void or uncollectible. */
public record InvoiceId(UUID value) {

    public InvoiceId {
        InvalidValue.required("invoiceId", value);
    }

    public static InvoiceId newId() {
        return new InvoiceId(TimeOrderedUuid.next());
    }

    public static InvoiceId parse(String text) {
        return new InvoiceId(Uuids.parse("invoiceId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
