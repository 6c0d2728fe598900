package dev.ledger.command.invoice.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.Money;

/** Credit notes together never exceed what the invoice was paid. */
public final class CreditExceedsPaid extends BillingRuleViolation {

    public CreditExceedsPaid(Money requested, Money left) {
        super("Cannot credit " + requested + "; only " + left + " of the paid amount is left");
    }
}
