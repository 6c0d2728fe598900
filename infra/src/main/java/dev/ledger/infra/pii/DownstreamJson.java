package dev.ledger.infra.pii;

import org.axonframework.serialization.SerializedObject;

/**
 * What leaves the ledger for downstream services (Kafka records): a stored event's JSON with its personal data
 * decrypted while the customer's key lives, and erased once the customer was forgotten. Everything else is the
 * stored JSON unchanged.
 */
public interface DownstreamJson {

    String of(SerializedObject<String> stored);
}
