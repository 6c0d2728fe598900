package dev.ledger.query.customer.api;

import dev.ledger.query.spec.Page;

/** A page of customers under a concrete type, which Axon's query bus matches by class. */
public record CustomerPage(Page<CustomerView> page) {
}
