package dev.ledger.command.tax.api;

import dev.ledger.command.api.BillingRuleViolation;
import java.time.Instant;

/** A rate may only take effect from now on and after the latest scheduled one: billed lines never change. */
public final class TaxRateBackdated extends BillingRuleViolation {

    public TaxRateBackdated(Instant effectiveFrom, Instant earliest) {
        super("A tax rate effective from " + effectiveFrom + " would be backdated; the earliest allowed is " + earliest);
    }
}
