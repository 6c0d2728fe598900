package dev.ledger.command.currency.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.CurrencyCode;

/** The organization does not bill in the currency. */
public final class CurrencyNotSupported extends BillingRuleViolation {

    public CurrencyNotSupported(CurrencyCode currency) {
        super("Currency " + currency + " is not among the organization's supported currencies");
    }

    @Override
    public String field() {
        return "currency";
    }
}
