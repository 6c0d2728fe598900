package dev.ledger.infra.pii;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-customer data keys in {@code personal_data_key}, wrapped by the master key. Every call joins the caller's
 * transaction, so a new customer's key commits (or rolls back) with the event it encrypts, and its destruction with
 * {@code CustomerForgotten}. Nothing is cached: after a forget no instance may still hold the key.
 */
final class DataKeys {

    /** A customer's data key, unwrapped, with the id its envelopes name. */
    record DataKey(UUID keyId, SecretKey key) {
        @Override
        public String toString() {
            return "DataKey[" + keyId + "]";
        }
    }

    private final JdbcClient jdbc;
    private final MasterKey master;

    DataKeys(JdbcClient jdbc, MasterKey master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    /** The customer's key, created on first use; refused once the customer was forgotten. */
    DataKey forSealing(UUID customerId, UUID organizationId) {
        Optional<DataKey> existing = byCustomer(customerId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (forgotten(customerId)) {
            throw new CustomerKeyDestroyed(customerId);
        }
        UUID keyId = UUID.randomUUID();
        SecretKey key = newKey();
        Aes.Sealed wrapped = Aes.seal(master.key(), key.getEncoded(), wrappingContext(keyId, customerId));
        // A concurrent first event of the same customer waits on this row and then reads the winner's key.
        jdbc.sql("""
                        INSERT INTO personal_data_key (customer_id, key_id, organization_id, master_key_id, wrapped_key)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING
                        """)
                .params(customerId, keyId, organizationId, master.id(), wrapped.joined())
                .update();
        return byCustomer(customerId).orElseThrow(() -> new IllegalStateException("data key row vanished"));
    }

    /** The key an envelope names; empty when it was destroyed. */
    Optional<SecretKey> forOpening(UUID keyId) {
        Optional<StoredKey> stored = jdbc.sql(
                        "SELECT key_id, customer_id, master_key_id, wrapped_key FROM personal_data_key WHERE key_id = ?")
                .param(keyId)
                .query((row, n) -> new StoredKey(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getBytes(4)))
                .optional();
        if (stored.isPresent()) {
            return Optional.of(unwrap(stored.get()).key());
        }
        boolean destroyed = jdbc.sql("SELECT count(*) FROM personal_data_key_tombstone WHERE key_id = ?")
                .param(keyId).query(Long.class).single() > 0;
        if (!destroyed) {
            throw new IllegalStateException("data key " + keyId + " is neither stored nor destroyed: wrong database?");
        }
        return Optional.empty();
    }

    boolean forgotten(UUID customerId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_key_tombstone WHERE customer_id = ?")
                .param(customerId).query(Long.class).single() > 0;
    }

    /** Deletes the key and leaves a tombstone saying when and why; a second call changes nothing. */
    void destroy(UUID customerId, UUID organizationId, String ground, String eventId, Instant at) {
        jdbc.sql("""
                        INSERT INTO personal_data_key_tombstone (customer_id, key_id, organization_id, ground, event_id, destroyed_at)
                        VALUES (?, (SELECT key_id FROM personal_data_key WHERE customer_id = ?), ?, ?, ?, ?)
                        ON CONFLICT (customer_id) DO NOTHING
                        """)
                .params(customerId, customerId, organizationId, ground, eventId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        // The deleted row version (and WAL) keeps the wrapped bytes until vacuum and recycling: only the master key opens them.
        jdbc.sql("DELETE FROM personal_data_key WHERE customer_id = ?").param(customerId).update();
    }

    private Optional<DataKey> byCustomer(UUID customerId) {
        return jdbc.sql(
                        "SELECT key_id, customer_id, master_key_id, wrapped_key FROM personal_data_key WHERE customer_id = ?")
                .param(customerId)
                .query((row, n) -> new StoredKey(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getBytes(4)))
                .optional()
                .map(this::unwrap);
    }

    private DataKey unwrap(StoredKey stored) {
        if (!stored.masterKeyId().equals(master.id())) {
            throw new IllegalStateException("data key " + stored.keyId() + " was wrapped by master key "
                    + stored.masterKeyId() + ", but master key " + master.id() + " is configured");
        }
        byte[] raw = Aes.open(master.key(), Aes.Sealed.split(stored.wrapped()),
                wrappingContext(stored.keyId(), stored.customerId()));
        return new DataKey(stored.keyId(), new SecretKeySpec(raw, "AES"));
    }

    /** Binds a wrapped key to its id and customer: a row copied onto another customer does not unwrap. */
    private static byte[] wrappingContext(UUID keyId, UUID customerId) {
        return ("ledger.pii.data-key.v1:" + keyId + ":" + customerId).getBytes(StandardCharsets.US_ASCII);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no AES", e);
        }
    }

    private record StoredKey(UUID keyId, UUID customerId, String masterKeyId, byte[] wrapped) {
    }

    /** Personal data of a forgotten customer was about to be written: refused, never re-keyed. */
    static final class CustomerKeyDestroyed extends IllegalStateException {
        CustomerKeyDestroyed(UUID customerId) {
            super("customer " + customerId + " was forgotten; no personal data may be recorded for it");
        }
    }
}
