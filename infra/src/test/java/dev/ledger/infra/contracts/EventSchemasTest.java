package dev.ledger.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final EventSchemas SCHEMAS = EventSchemas.ofLedgerJson();
    private static final ObjectMapper EVENT_JSON =
            JsonMapper.builder().addModule(LedgerJsonValues.module()).findAndAddModules()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void everySampleEventAsJacksonWritesItMatchesItsSchemaExactly() {
        List<String> violations = new ArrayList<>();
        for (Object sample : EventSamples.all()) {
            JsonNode json = EVENT_JSON.valueToTree(sample);
            SchemaCheck.violations(schemaOf(sample.getClass()), json)
                    .forEach(violation -> violations.add(sample.getClass().getSimpleName() + " " + violation));
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsAnAmountWrittenAsText() {
        ObjectNode json = EVENT_JSON.valueToTree(EventSamples.all().stream()
                .filter(PaymentCaptured.class::isInstance).findFirst().orElseThrow());
        ((ObjectNode) json.get("amount")).put("amountMinor", "60.00");

        assertThat(SchemaCheck.violations(schemaOf(PaymentCaptured.class), json))
                .containsExactly("$.amount.amountMinor: string where the schema says \"integer\"");
    }

    @Test
    void theSchemaIsNamedByTheCloudEventsTypeOfItsEventAndRevision() {
        ObjectNode schema = schemaOf(PaymentCaptured.class);

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo("urn:ledger:event-schema:dev.ledger.paymentorder.PaymentCaptured.v1");
        assertThat(schema.get("title").asText()).isEqualTo("dev.ledger.paymentorder.PaymentCaptured.v1");
    }

    @Test
    void everyComponentIsRequiredAndPropertiesAddedLaterAreAllowed() {
        ObjectNode schema = schemaOf(PaymentCaptured.class);

        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(schema.get("required")).containsExactly(text("amount"), text("organizationId"),
                text("paymentOrderId"), text("totalCaptured"));
        assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
        assertThat(schema.at("/$defs/Money/additionalProperties").asBoolean()).isTrue();
    }

    @Test
    void moneyIsAnObjectOfIntegerMinorUnitsAndAnIsoCurrencyCode() {
        ObjectNode schema = schemaOf(PaymentCaptured.class);

        assertThat(schema.at("/properties/amount")).isEqualTo(json("{\"$ref\": \"#/$defs/Money\"}"));
        assertThat(schema.at("/$defs/Money/properties")).isEqualTo(json("""
                {"amountMinor": {"type": "integer", "format": "int64"},
                 "currency": {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 alphabetic currency code"}}
                """));
        assertThat(schema.at("/$defs/Money/required")).containsExactly(text("amountMinor"), text("currency"));
    }

    @Test
    void typedIdsAreUuidStrings() {
        assertThat(schemaOf(PaymentCaptured.class).at("/properties/paymentOrderId"))
                .isEqualTo(json("{\"type\": \"string\", \"format\": \"uuid\"}"));
    }

    @Test
    void optionalComponentsMayBeNullAndNoOthers() {
        ObjectNode schema = schemaOf(PaymentOrderCreated.class);

        assertThat(schema.at("/properties/paymentMethodId"))
                .isEqualTo(json("{\"type\": [\"string\", \"null\"], \"format\": \"uuid\"}"));
        assertThat(schema.at("/properties/description")).isEqualTo(json("{\"type\": [\"string\", \"null\"]}"));
        assertThat(schema.at("/properties/customerId")).isEqualTo(json("{\"type\": \"string\", \"format\": \"uuid\"}"));
    }

    @Test
    void anOptionalRecordIsItsDefinitionOrNull() {
        assertThat(schemaOf(PaymentMethodAdded.class).at("/properties/card"))
                .isEqualTo(json("{\"anyOf\": [{\"$ref\": \"#/$defs/CardDetails\"}, {\"type\": \"null\"}]}"));
    }

    @Test
    void enumsAreStringsListingTheirConstantsAndPrimitivesAreNeverNull() {
        ObjectNode schema = schemaOf(PaymentMethodAdded.class);

        assertThat(schema.at("/properties/type"))
                .isEqualTo(json("{\"type\": \"string\", \"enum\": [\"BANK_ACCOUNT\", \"CARD\", \"CRYPTO_WALLET\"]}"));
        assertThat(schema.at("/properties/becameDefault")).isEqualTo(json("{\"type\": \"boolean\"}"));
        assertThat(schema.at("/$defs/CardDetails/properties/expiryMonth"))
                .isEqualTo(json("{\"type\": \"integer\", \"format\": \"int32\"}"));
    }

    @Test
    void listsAreArraysOfTheirElementsAndNestedRecordsAreDefinitions() {
        ObjectNode schema = schemaOf(CustomerRegistered.class);

        assertThat(schema.at("/$defs/PostalAddress/properties/lines"))
                .isEqualTo(json("{\"type\": \"array\", \"items\": {\"type\": \"string\"}}"));
        assertThat(schema.at("/$defs/PersonalData/properties/address"))
                .isEqualTo(json("{\"anyOf\": [{\"$ref\": \"#/$defs/PostalAddress\"}, {\"type\": \"null\"}]}"));
    }

    @Test
    void aTypeTheGeneratorWasNotTaughtFailsGeneration() {
        record Scheduled(UUID paymentOrderId, java.time.Duration after) {
        }

        assertThatThrownBy(() -> SCHEMAS.of(new EventType("paymentorder", "Scheduled", "1"), Scheduled.class))
                .isInstanceOf(EventSchemas.UnsupportedShape.class)
                .hasMessageContaining("Scheduled.after: no JSON schema for java.time.Duration");
    }

    @Test
    void anInstantIsIsoTextAsSpringBootsMapperWritesIt() {
        record Scheduled(UUID paymentOrderId, Instant at) {
        }

        assertThat(SCHEMAS.of(new EventType("paymentorder", "Scheduled", "1"), Scheduled.class).at("/properties/at"))
                .isEqualTo(json("{\"type\": \"string\", \"format\": \"date-time\"}"));
    }

    @Test
    void anEventWithoutItsAggregateIdCannotBeKeyed() {
        record Orphan(UUID organizationId) {
        }

        assertThatThrownBy(() -> SCHEMAS.of(new EventType("paymentorder", "Orphan", "1"), Orphan.class))
                .isInstanceOf(EventSchemas.UnsupportedShape.class)
                .hasMessageEndingWith("Orphan has no paymentOrderId to key its Kafka records by");
    }

    private static ObjectNode schemaOf(Class<?> event) {
        return SCHEMAS.of(EventType.of(event), event);
    }

    private static JsonNode json(String text) {
        return CanonicalJson.read(text);
    }

    private static JsonNode text(String value) {
        return CanonicalJson.read("\"" + value + "\"");
    }
}
