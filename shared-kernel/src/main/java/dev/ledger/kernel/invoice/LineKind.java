package dev.ledger.kernel.invoice;

/** What an invoice line bills; credits are subtracted from the invoice, charges added. */
public enum LineKind {
    SUBSCRIPTION(false, true),
    USAGE(false, true),
    ONE_TIME(false, true),
    PRORATION_CHARGE(false, false),
    PRORATION_CREDIT(true, false),
    /** An earlier invoice's credit larger than its charges, taken off this one. */
    CREDIT_APPLIED(true, false),
    /** Credit this invoice could not use, carried to the next invoice: it brings a total below zero back to zero. */
    CREDIT_CARRIED_FORWARD(false, false);

    private final boolean credit;
    private final boolean discountable;

    LineKind(boolean credit, boolean discountable) {
        this.credit = credit;
        this.discountable = discountable;
    }

    public boolean credit() {
        return credit;
    }

    public boolean discountable() {
        return discountable;
    }
}
