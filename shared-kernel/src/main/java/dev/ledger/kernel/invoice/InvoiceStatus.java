package dev.ledger.kernel.invoice;

/** DRAFT may change; OPEN awaits payment; PAID, VOID and UNCOLLECTIBLE are final. */
public enum InvoiceStatus {
    DRAFT, OPEN, PAID, VOID, UNCOLLECTIBLE
}
