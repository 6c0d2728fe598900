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
}
