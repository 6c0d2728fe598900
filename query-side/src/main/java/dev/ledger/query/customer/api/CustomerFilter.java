package dev.ledger.query.customer.api;

import java.time.Instant;

/** What customers are filtered by; every field is optional. */
public record CustomerFilter(String status, String country, String externalReferencePrefix, Instant createdFrom,
        Instant createdTo) {

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null);
    }
}
