package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/** The number on an issued invoice: {@code INV-NNNNNN}, a gap-free sequence per organization. */
public record InvoiceNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("INV-[0-9]{6,18}");

    public InvoiceNumber {
        InvalidValue.required("invoiceNumber", value);
        if (!FORMAT.matcher(value).matches() || Long.parseLong(value.substring(4)) == 0) {
            throw new InvalidValue("invoiceNumber", "must have the form INV-NNNNNN, starting at 1");
        }
    }

    public static InvoiceNumber of(long sequence) {
        if (sequence < 1) {
            throw new InvalidValue("sequence", "must be positive");
        }
        return new InvoiceNumber("INV-" + String.format("%06d", sequence));
    }

    public static InvoiceNumber parse(String text) {
        return new InvoiceNumber(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
