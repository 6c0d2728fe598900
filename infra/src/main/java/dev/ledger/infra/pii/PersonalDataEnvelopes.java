package dev.ledger.infra.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Which event fields are personal data, and their two stored forms. Sealed, a field's JSON is replaced in place by
 * {@code {"enc":"v1","key":<data key id>,"iv":<base64>,"ct":<base64>}}: AES-256-GCM of the field's own JSON under
 * the customer's data key, with the customer id and field name as associated data, so an envelope moved to another
 * customer or field does not open. Opened, it is the field's JSON again, or its erased form once the key is gone.
 * Rows written before encryption hold the field in plain JSON: they are read as they are, or erased once the
 * customer is forgotten.
 */
final class PersonalDataEnvelopes {

    static final String VERSION = "v1";
    /** How {@code PersonalData.ERASED} is written: no values, and a flag saying why. */
    static final ObjectNode ERASED_PERSONAL_DATA = JsonNodeFactory.instance.objectNode()
            .putNull("email").putNull("name").putNull("address").put("erased", true);
    /** How {@code CryptoWalletDetails.ERASED} is written. */
    static final ObjectNode ERASED_WALLET = JsonNodeFactory.instance.objectNode()
            .putNull("network").putNull("address").put("erased", true);

    /**
     * Event type (class name) to its personal-data fields, each with the JSON it reads as once erased. Every such
     * event names its customer in {@code customerId}.
     */
    private static final Map<String, Map<String, ObjectNode>> FIELDS = Map.of(
            CustomerRegistered.class.getName(), Map.of("personalData", ERASED_PERSONAL_DATA),
            CustomerDetailsUpdated.class.getName(), Map.of("personalData", ERASED_PERSONAL_DATA),
            PaymentMethodAdded.class.getName(), Map.of("cryptoWallet", ERASED_WALLET));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataKeys keys;

    PersonalDataEnvelopes(DataKeys keys) {
        this.keys = keys;
    }

    static boolean carriesPersonalData(String eventType) {
        return FIELDS.containsKey(eventType);
    }

    /** A copy of the event with every personal-data field encrypted under its customer's key. */
    ObjectNode seal(String eventType, ObjectNode event) {
        ObjectNode sealed = event.deepCopy();
        UUID customer = customerOf(event);
        DataKeys.DataKey key = null;
        for (String field : FIELDS.get(eventType).keySet()) {
            JsonNode value = sealed.get(field);
            if (value == null || value.isNull() || isEnvelope(value) || value.path("erased").asBoolean(false)) {
                continue; // nothing personal to hide
            }
            if (key == null) {
                key = keys.forSealing(customer, UUID.fromString(event.path("organizationId").asText()));
            }
            Aes.Sealed ciphertext = Aes.seal(key.key(), value.toString().getBytes(StandardCharsets.UTF_8),
                    associatedData(customer, field));
            sealed.set(field, JsonNodeFactory.instance.objectNode()
                    .put("enc", VERSION)
                    .put("key", key.keyId().toString())
                    .put("iv", Base64.getEncoder().encodeToString(ciphertext.iv()))
                    .put("ct", Base64.getEncoder().encodeToString(ciphertext.ciphertext())));
        }
        return sealed;
    }

    /** A copy of the event as a reader may see it now: fields decrypted, or erased when the customer was forgotten. */
    ObjectNode open(String eventType, ObjectNode event) {
        ObjectNode opened = event.deepCopy();
        UUID customer = customerOf(event);
        Boolean forgotten = null;
        for (Map.Entry<String, ObjectNode> personal : FIELDS.get(eventType).entrySet()) {
            String field = personal.getKey();
            JsonNode value = opened.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (isEnvelope(value)) {
                opened.set(field, decrypt(customer, field, value).orElse(personal.getValue().deepCopy()));
            } else {
                forgotten = forgotten != null ? forgotten : keys.forgotten(customer);
                if (forgotten) {
                    // A row from before encryption: hidden from readers, though its bytes were never shredded.
                    opened.set(field, personal.getValue().deepCopy());
                }
            }
        }
        return opened;
    }

    private Optional<JsonNode> decrypt(UUID customer, String field, JsonNode envelope) {
        if (!VERSION.equals(envelope.path("enc").asText())) {
            throw new IllegalStateException("unknown personal data envelope version in field " + field);
        }
        Optional<SecretKey> key = keys.forOpening(UUID.fromString(envelope.path("key").asText()));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] plaintext = Aes.open(key.get(), new Aes.Sealed(Base64.getDecoder().decode(envelope.path("iv").asText()),
                Base64.getDecoder().decode(envelope.path("ct").asText())), associatedData(customer, field));
        try {
            return Optional.of(JSON.readTree(plaintext));
        } catch (IOException e) {
            throw new UncheckedIOException("decrypted personal data is not JSON", e);
        }
    }

    static boolean isEnvelope(JsonNode value) {
        return value.isObject() && value.has("enc");
    }

    private static UUID customerOf(ObjectNode event) {
        return UUID.fromString(event.path("customerId").asText());
    }

    private static byte[] associatedData(UUID customer, String field) {
        return ("ledger.pii." + VERSION + ":" + customer + ":" + field).getBytes(StandardCharsets.US_ASCII);
    }
}
