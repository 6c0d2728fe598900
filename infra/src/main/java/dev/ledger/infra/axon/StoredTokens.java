package dev.ledger.infra.axon;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/** Tokens read straight from {@code tokenentry}, without claiming the segment as the token store's fetch would. */
final class StoredTokens {

    private StoredTokens() {
    }

    /** The token of a row; null when the row has none (its processor starts from the first event). */
    static TrackingToken read(Serializer serializer, byte[] token, String tokenType) {
        if (token == null || tokenType == null) {
            return null;
        }
        return serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(tokenType, null)));
    }
}
