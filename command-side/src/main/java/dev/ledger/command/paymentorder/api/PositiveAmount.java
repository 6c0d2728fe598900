package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;

/** Authorizing, capturing or refunding nothing is a mistake, not a no-op. */
final class PositiveAmount {

    private PositiveAmount() {
    }

    static void check(Money amount) {
        InvalidValue.required("amount", amount);
        if (amount.isZero()) {
            throw new InvalidValue("amount", "must be more than zero");
        }
    }
}
