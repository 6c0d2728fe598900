package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;

/** The money rules every payment order event shares: amounts are present, positive where it matters, one currency. */
final class Amounts {

    private Amounts() {
    }

    static Money positive(String field, Money amount) {
        InvalidValue.required(field, amount);
        if (amount.isZero()) {
            throw new InvalidValue(field, "must be more than zero");
        }
        return amount;
    }

    static Money inCurrency(String field, Money amount, CurrencyCode currency) {
        InvalidValue.required(field, amount);
        if (!amount.currency().equals(currency)) {
            throw new InvalidValue("currency", field + " must be in " + currency + ", not " + amount.currency());
        }
        return amount;
    }
}
