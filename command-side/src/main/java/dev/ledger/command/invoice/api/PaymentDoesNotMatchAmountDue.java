package dev.ledger.command.invoice.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.Money;

/** An invoice is paid by exactly its amount due. */
public final class PaymentDoesNotMatchAmountDue extends BillingRuleViolation {

    public PaymentDoesNotMatchAmountDue(Money paid, Money due) {
        super("A payment of " + paid + " does not match the amount due of " + due);
    }
}
