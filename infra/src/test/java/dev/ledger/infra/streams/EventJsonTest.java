package dev.ledger.infra.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void theOrganizationIsReadFromTheTopLevelPastNestedFieldsNamedTheSame() {
        String json = """
                {"amount": {"amountMinor": 100, "organizationId": "nested"}, "lines": [{"organizationId": "in-a-list"}],
                 "organizationId": "5f0c4f7e-1c1f-4c52-9d8e-4c2b1a7d9e10", "paymentOrderId": "x"}""";

        assertThat(EventJson.organizationIdOf(json)).isEqualTo("5f0c4f7e-1c1f-4c52-9d8e-4c2b1a7d9e10");
    }

    @Test
    void anEventWithoutAnOrganizationHasNone() {
        assertThat(EventJson.organizationIdOf("{\"apiKeyId\": \"k\", \"nested\": {\"organizationId\": \"o\"}}")).isNull();
        assertThat(EventJson.organizationIdOf("{\"organizationId\": null}")).isNull();
        assertThat(EventJson.organizationIdOf("\"just a string\"")).isNull();
    }

    @Test
    void theLineageIsReadFromMetadataPastOtherEntries() {
        String metadata = """
                {"tenant": {"traceId": "nested"}, "traceId": "command-1", "attempt": 2, "correlationId": "command-2"}""";

        assertThat(EventJson.lineageOf(metadata)).isEqualTo(new EventJson.Lineage("command-1", "command-2"));
    }

    @Test
    void metadataWithoutTextIdsHasNoLineage() {
        assertThat(EventJson.lineageOf("{}")).isEqualTo(new EventJson.Lineage(null, null));
        assertThat(EventJson.lineageOf(null)).isEqualTo(new EventJson.Lineage(null, null));
        assertThat(EventJson.lineageOf("{\"traceId\": 7, \"correlationId\": null}"))
                .isEqualTo(new EventJson.Lineage(null, null));
    }
}
