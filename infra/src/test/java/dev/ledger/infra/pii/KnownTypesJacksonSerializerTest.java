package dev.ledger.infra.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The event serializer's inner Jackson serializer resolves classes exactly as Axon's does, from a cache. */
class KnownTypesJacksonSerializerTest {

    private final JacksonSerializer axon = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().build()).build();
    private final KnownTypesJacksonSerializer serializer =
            KnownTypesJacksonSerializer.like(axon, new AnnotationRevisionResolver());

    @Test
    void aStoredTypeResolvesToItsClassTheSameEveryTime() {
        SimpleSerializedType type = new SimpleSerializedType(MetaData.class.getName(), null);

        assertThat(serializer.classForType(type)).isEqualTo(MetaData.class).isEqualTo(axon.classForType(type));
        assertThat(serializer.classForType(new SimpleSerializedType(MetaData.class.getName(), "7")))
                .isEqualTo(MetaData.class);
    }

    @Test
    void aTypeNoClassHasStaysUnknownAndTheEmptyTypeStaysVoid() {
        SimpleSerializedType missing = new SimpleSerializedType("dev.ledger.kernel.NoSuchEvent", "1");

        assertThat(serializer.classForType(missing)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(missing)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
    }

    @Test
    void metadataWrittenByAxonsSerializerReadsBackThroughTheCache() {
        SerializedObject<String> stored = axon.serialize(MetaData.from(Map.of("traceId", "t-1")), String.class);

        MetaData read = serializer.deserialize(stored);

        assertThat(read.get("traceId")).isEqualTo("t-1");
        assertThat(serializer.<String, MetaData>deserialize(stored)).isEqualTo(read);
    }
}
