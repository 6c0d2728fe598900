package dev.ledger.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AsyncApiDocumentTest {

    private static final TreeSet<EventType> CURRENT = new TreeSet<>(KernelEvents.onClasspath().keySet());
    private static final ObjectNode DOCUMENT = AsyncApiDocument.of(CURRENT, new TreeSet<>());

    @Test
    void isAnAsyncApi3DocumentWithOneChannelPerAggregateTopic() {
        assertThat(DOCUMENT.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(names(DOCUMENT.get("channels"))).containsExactly("ledger.currency-settings", "ledger.customer",
                "ledger.invoice", "ledger.organization", "ledger.payment-order", "ledger.price", "ledger.product",
                "ledger.promo-code", "ledger.subscription", "ledger.tax-schedule");
        assertThat(DOCUMENT.at("/channels/ledger.payment-order/address").asText()).isEqualTo("ledger.payment-order");
        assertThat(DOCUMENT.at("/channels/ledger.payment-order/bindings/kafka/topic").asText())
                .isEqualTo("ledger.payment-order");
    }

    @Test
    void everyEventRevisionIsAMessageWhosePayloadIsItsShippedSchemaFile() {
        JsonNode messages = DOCUMENT.at("/components/messages");

        assertThat(names(messages)).hasSize(CURRENT.size()).contains("dev.ledger.paymentorder.PaymentCaptured.v1");
        assertThat(messages.at("/dev.ledger.paymentorder.PaymentCaptured.v1/payload")).isEqualTo(CanonicalJson.read("""
                {"schemaFormat": "application/schema+json;version=2020-12",
                 "schema": {"$ref": "schemas/dev.ledger.paymentorder.PaymentCaptured.v1.schema.json"}}
                """));
        assertThat(DOCUMENT.at("/channels/ledger.payment-order/messages/dev.ledger.paymentorder.PaymentCaptured.v1/$ref")
                .asText()).isEqualTo("#/components/messages/dev.ledger.paymentorder.PaymentCaptured.v1");
    }

    @Test
    void recordsAreKeyedByTheAggregateId() {
        JsonNode key = DOCUMENT.at("/components/messages/dev.ledger.customer.PaymentMethodAdded.v2/bindings/kafka/key");

        assertThat(key.get("format").asText()).isEqualTo("uuid");
        assertThat(key.get("description").asText()).isEqualTo("The customerId of the payload, equal to ce_subject");
    }

    @Test
    void headersAreTheCloudEventsKafkaBindingInBinaryMode() {
        JsonNode headers = DOCUMENT.at("/components/messageTraits/cloudEvents/headers");

        assertThat(headers.get("required")).extracting(JsonNode::asText).containsExactly("ce_aggregatetype",
                "ce_globalposition", "ce_id", "ce_organizationid", "ce_sequencenumber", "ce_source",
                "ce_specversion", "ce_subject", "ce_time", "ce_type", "content-type");
        assertThat(names(headers.get("properties"))).contains("ce_correlationid", "ce_causationid");
        assertThat(headers.at("/properties/ce_specversion/const").asText()).isEqualTo("1.0");
        assertThat(headers.at("/properties/ce_source/const").asText()).isEqualTo("/ledger");
        assertThat(DOCUMENT.at("/components/messages/dev.ledger.customer.CustomerArchived.v1/traits/0/$ref").asText())
                .isEqualTo("#/components/messageTraits/cloudEvents");
    }

    @Test
    void theLedgerSendsEveryMessageOfEachChannel() {
        JsonNode operation = DOCUMENT.at("/operations/sendOrganizationEvents");

        assertThat(operation.get("action").asText()).isEqualTo("send");
        assertThat(operation.at("/channel/$ref").asText()).isEqualTo("#/channels/ledger.organization");
        assertThat(operation.get("messages")).extracting(message -> message.get("$ref").asText()).containsExactly(
                "#/channels/ledger.organization/messages/dev.ledger.organization.OrganizationRegistered.v1",
                "#/channels/ledger.organization/messages/dev.ledger.organization.OrganizationRenamed.v1");
    }

    @Test
    void aSupersededRevisionIsStillListedButDeprecated() {
        EventType old = new EventType("organization", "OrganizationRenamed", "0");
        ObjectNode document = AsyncApiDocument.of(CURRENT, new TreeSet<>(List.of(old)));

        assertThat(document.at("/components/messages/dev.ledger.organization.OrganizationRenamed.v0/deprecated")
                .asBoolean()).isTrue();
        assertThat(names(document.at("/channels/ledger.organization/messages")))
                .contains("dev.ledger.organization.OrganizationRenamed.v0");
        assertThat(DOCUMENT.at("/components/messages/dev.ledger.organization.OrganizationRenamed.v1/deprecated")
                .isMissingNode()).isTrue();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
