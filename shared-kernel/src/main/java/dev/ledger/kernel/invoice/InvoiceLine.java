package dev.ledger.kernel.invoice;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Instant;

/**
 * One line: {@code amount} before discount (tax included when the rate is inclusive), the discount taken off it, the
 * rate and the tax of {@code amount - discount} by that rate's rule. The tax is always the rule's result, so a line
 * can only be built consistent. {@link #signedTotal()} is what the line adds to (or, for credits, takes off) the
 * invoice.
 */
public record InvoiceLine(
        LineKind kind,
        String description,
        long quantity,
        Instant periodStart,
        Instant periodEnd,
        Money amount,
        Money discount,
        TaxRate taxRate,
        Money tax) {

    public InvoiceLine {
        InvalidValue.required("kind", kind);
        description = FreeText.of("description", description, 200);
        if (quantity < 0) {
            throw new InvalidValue("quantity", "must not be negative");
        }
        InvalidValue.required("periodStart", periodStart);
        InvalidValue.required("periodEnd", periodEnd);
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidValue("periodEnd", "must not be before the period's start");
        }
        InvalidValue.required("amount", amount);
        InvalidValue.required("discount", discount);
        InvalidValue.required("taxRate", taxRate);
        InvalidValue.required("tax", tax);
        if (discount.isGreaterThan(amount)) {
            throw new InvalidValue("discount", "must not exceed the line's amount");
        }
        if (tax.amountMinor() != taxRate.taxOn(amount.amountMinor() - discount.amountMinor())
                || !tax.currency().equals(amount.currency())) {
            throw new InvalidValue("tax", "must be the rate's tax of the discounted amount");
        }
    }

    /** A line whose tax follows from its rate: the only way the biller builds one. */
    public static InvoiceLine of(LineKind kind, String description, long quantity, Instant periodStart,
            Instant periodEnd, Money amount, Money discount, TaxRate taxRate) {
        Money tax = new Money(taxRate.taxOn(amount.amountMinor() - discount.amountMinor()), amount.currency());
        return new InvoiceLine(kind, description, quantity, periodStart, periodEnd, amount, discount, taxRate, tax);
    }

    /** Net of discount, exclusive of tax. */
    public long netMinor() {
        long discounted = amount.amountMinor() - discount.amountMinor();
        return taxRate.inclusive() ? discounted - tax.amountMinor() : discounted;
    }

    /** Net plus tax. */
    public long grossMinor() {
        return netMinor() + tax.amountMinor();
    }

    public long signedTotal() {
        return kind.credit() ? -grossMinor() : grossMinor();
    }
}
