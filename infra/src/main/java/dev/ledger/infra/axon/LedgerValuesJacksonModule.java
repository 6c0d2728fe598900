package dev.ledger.infra.axon;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import java.util.function.Function;

/** Single-value kernel records travel as plain JSON strings ("EUR", not {"code":"EUR"}) in events and APIs. */
final class LedgerValuesJacksonModule extends SimpleModule {

    LedgerValuesJacksonModule() {
        super("ledger-values");
        asString(OrganizationId.class, OrganizationId::parse);
        asString(CurrencyCode.class, CurrencyCode::of);
        asString(OrganizationName.class, OrganizationName::new);
    }

    private <T> void asString(Class<T> type, Function<String, T> parse) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new FromStringDeserializer<>(type) {
            @Override
            protected T _deserialize(String value, DeserializationContext context) {
                return parse.apply(value);
            }
        });
    }
}
