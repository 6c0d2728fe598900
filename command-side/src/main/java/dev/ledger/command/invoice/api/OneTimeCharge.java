package dev.ledger.command.invoice.api;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;

/** One charge of a one-time invoice: {@code quantity} x {@code unitAmount}, before tax. */
public record OneTimeCharge(String description, long quantity, Money unitAmount) {

    public OneTimeCharge {
        description = FreeText.of("description", description, 200);
        if (quantity < 1) {
            throw new InvalidValue("quantity", "must be at least 1");
        }
        InvalidValue.required("unitAmount", unitAmount);
        amountOf(quantity, unitAmount);
    }

    /** What the charge adds before tax. */
    public Money amount() {
        return amountOf(quantity, unitAmount);
    }

    private static Money amountOf(long quantity, Money unitAmount) {
        try {
            return new Money(Math.multiplyExact(quantity, unitAmount.amountMinor()), unitAmount.currency());
        } catch (ArithmeticException | InvalidValue tooLarge) {
            throw new InvalidValue("quantity", "times the unit amount is more than an amount can be");
        }
    }
}
