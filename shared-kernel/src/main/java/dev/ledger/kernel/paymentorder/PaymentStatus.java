package dev.ledger.kernel.paymentorder;

/** Where a payment order stands; which commands may move it on is the command side's business. */
public enum PaymentStatus {
    CREATED,
    AUTHORIZED,
    CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    CANCELED,
    FAILED
}
