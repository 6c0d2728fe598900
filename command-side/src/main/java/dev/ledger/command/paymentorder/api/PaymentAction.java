package dev.ledger.command.paymentorder.api;

/** What a command tries to do to a payment order, as named in an {@link IllegalPaymentTransition}. */
public enum PaymentAction {
    AUTHORIZE,
    CAPTURE,
    REFUND,
    CANCEL,
    FAIL
}
