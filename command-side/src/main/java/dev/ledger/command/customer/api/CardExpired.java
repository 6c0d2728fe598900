package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;
import java.time.YearMonth;

/** The card's expiry month is already over. */
public final class CardExpired extends CustomerRuleViolation {

    private final CustomerId customerId;
    private final YearMonth expiry;

    public CardExpired(CustomerId customerId, YearMonth expiry) {
        super("The card expired at the end of " + expiry);
        this.customerId = customerId;
        this.expiry = expiry;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public YearMonth expiry() {
        return expiry;
    }
}
