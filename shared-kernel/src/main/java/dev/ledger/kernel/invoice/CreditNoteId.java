package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.TimeOrderedUuid;
import dev.ledger.kernel.Uuids;
import java.util.UUID;

/** A credit note against an issued invoice, such as a refund. */
public record CreditNoteId(UUID value) {

    public CreditNoteId {
        InvalidValue.required("creditNoteId", value);
    }

    public static CreditNoteId newId() {
        return new CreditNoteId(TimeOrderedUuid.next());
    }

    public static CreditNoteId parse(String text) {
        return new CreditNoteId(Uuids.parse("creditNoteId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
