package dev.ledger.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final String SHIPPED = """
            {"type": "object", "required": ["id", "amount", "note", "status", "tags"],
             "properties": {
               "id": {"type": "string", "format": "uuid"},
               "amount": {"$ref": "#/$defs/Money"},
               "note": {"type": ["string", "null"]},
               "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
               "tags": {"type": "array", "items": {"type": "string"}}},
             "$defs": {"Money": {"type": "object", "required": ["amountMinor", "currency"],
               "properties": {"amountMinor": {"type": "integer"}, "currency": {"type": "string"}}}}}
            """;

    @Test
    void theSameSchemaIsCompatible() {
        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(SHIPPED))).isEmpty();
    }

    @Test
    void anAddedPropertyIsCompatible() {
        String current = SHIPPED.replace("\"note\": {", "\"reason\": {\"type\": \"string\"}, \"note\": {");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(current))).isEmpty();
    }

    @Test
    void aPropertyRemovedFromANestedRecordIsReportedAtItsPath() {
        String current = SHIPPED.replace(", \"currency\": {\"type\": \"string\"}", "");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(current)))
                .containsExactly("amount.currency: removed");
    }

    @Test
    void aPropertyThatBecomesNullableIsBreaking() {
        String current = SHIPPED.replace("\"id\": {\"type\": \"string\"", "\"id\": {\"type\": [\"string\", \"null\"]");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(current)))
                .containsExactly("id: type [string] is now [null, string]");
    }

    @Test
    void aPropertyThatIsNoLongerNullIsCompatible() {
        String current = SHIPPED.replace("\"note\": {\"type\": [\"string\", \"null\"]}", "\"note\": {\"type\": \"string\"}");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(current))).isEmpty();
    }

    @Test
    void aRecordThatBecomesNullableIsBreaking() {
        String current = SHIPPED.replace("\"amount\": {\"$ref\": \"#/$defs/Money\"}",
                "\"amount\": {\"anyOf\": [{\"$ref\": \"#/$defs/Money\"}, {\"type\": \"null\"}]}");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(current)))
                .containsExactly("amount: type [object] is now [null, object]");
    }

    @Test
    void aNewEnumConstantIsBreakingButDroppingOneIsNot() {
        String added = SHIPPED.replace("[\"OPEN\", \"CLOSED\"]", "[\"OPEN\", \"CLOSED\", \"DISPUTED\"]");
        String dropped = SHIPPED.replace("[\"OPEN\", \"CLOSED\"]", "[\"OPEN\"]");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(added)))
                .containsExactly("status: new values [\"DISPUTED\"] that readers of the shipped schema reject");
        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(dropped))).isEmpty();
    }

    @Test
    void aChangedFormatIsBreaking() {
        String current = SHIPPED.replace("\"format\": \"uuid\"", "\"format\": \"email\"");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(current)))
                .containsExactly("id: format uuid is now email");
    }

    @Test
    void arrayElementsAreCompared() {
        String current = SHIPPED.replace("\"items\": {\"type\": \"string\"}", "\"items\": {\"type\": \"integer\"}");

        assertThat(SchemaCompatibility.breakingChanges(json(SHIPPED), json(current)))
                .containsExactly("tags[]: type [string] is now [integer]");
    }

    @Test
    void aRecordNestedInItselfIsComparedOnce() {
        String recursive = """
                {"type": "object", "properties": {"node": {"$ref": "#/$defs/Node"}},
                 "$defs": {"Node": {"type": "object", "properties": {"next": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]}}}}}
                """;

        assertThat(SchemaCompatibility.breakingChanges(json(recursive), json(recursive))).isEmpty();
    }

    private static JsonNode json(String text) {
        return CanonicalJson.read(text);
    }
}
