package dev.ledger.infra.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event serializer: Axon's Jackson serializer, with the personal data of customer events sealed on the way into
 * the store (inside the append's transaction, where a new customer's data key is created) and opened on the way
 * out, erased when the key is gone. Events without personal data pass through untouched.
 */
final class SealingSerializer implements Serializer, DownstreamJson {

    private final Serializer jackson;
    private final PersonalDataEnvelopes envelopes;

    SealingSerializer(Serializer jackson, PersonalDataEnvelopes envelopes) {
        this.jackson = jackson;
        this.envelopes = envelopes;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !PersonalDataEnvelopes.carriesPersonalData(object.getClass().getName())) {
            return jackson.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> plain = jackson.serialize(object, JsonNode.class);
        ObjectNode sealed = envelopes.seal(object.getClass().getName(), (ObjectNode) plain.getData());
        T data = getConverter().convert(sealed, JsonNode.class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, plain.getType());
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        String type = serializedObject.getType().getName();
        if (!PersonalDataEnvelopes.carriesPersonalData(type)) {
            return jackson.deserialize(serializedObject);
        }
        return jackson.deserialize(new SimpleSerializedObject<>(opened(serializedObject), JsonNode.class,
                serializedObject.getType()));
    }

    @Override
    public String of(SerializedObject<String> stored) {
        if (!PersonalDataEnvelopes.carriesPersonalData(stored.getType().getName())) {
            return stored.getData();
        }
        return opened(stored).toString();
    }

    private <S> ObjectNode opened(SerializedObject<S> serializedObject) {
        JsonNode tree = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(), JsonNode.class);
        return envelopes.open(serializedObject.getType().getName(), (ObjectNode) tree);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
