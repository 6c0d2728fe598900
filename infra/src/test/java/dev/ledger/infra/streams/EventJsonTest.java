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

    @Test
    void eachMetadataReadInTurnGivesItsOwnLineage() {
        // given one event's metadata read, as the forwarder reads it for the record
        String first = "{\"traceId\": \"trace-1\", \"correlationId\": \"command-1\"}";
        String second = "{\"traceId\": \"trace-2\", \"correlationId\": \"command-2\"}";
        EventJson.lineageOf(first);

        // when it is read again, then the next event's, then the first one's again
        EventJson.Lineage again = EventJson.lineageOf(new String(first));
        EventJson.Lineage next = EventJson.lineageOf(second);
        EventJson.Lineage back = EventJson.lineageOf(first);

        // then each read answers for the metadata it was given
        assertThat(again).isEqualTo(new EventJson.Lineage("trace-1", "command-1"));
        assertThat(next).isEqualTo(new EventJson.Lineage("trace-2", "command-2"));
        assertThat(back).isEqualTo(new EventJson.Lineage("trace-1", "command-1"));
    }
}
