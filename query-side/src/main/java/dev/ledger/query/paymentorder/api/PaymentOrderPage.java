package dev.ledger.query.paymentorder.api;

import dev.ledger.query.spec.Page;

/** A page of payment orders under a concrete type, which Axon's query bus matches by class. */
public record PaymentOrderPage(Page<PaymentOrderView> page) {
}
