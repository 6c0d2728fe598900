package dev.ledger.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.organization.OrganizationRegistered;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void isNamedAsTheForwarderNamesItsCloudEventType() {
        EventType captured = EventType.of(PaymentCaptured.class);

        assertThat(captured.ceType()).isEqualTo("dev.ledger.paymentorder.PaymentCaptured.v1");
        assertThat(captured.schemaFile()).isEqualTo("dev.ledger.paymentorder.PaymentCaptured.v1.schema.json");
    }

    @Test
    void goesToItsAggregatesTopicKeyedByTheAggregateId() {
        EventType captured = EventType.of(PaymentCaptured.class);
        EventType registered = EventType.of(OrganizationRegistered.class);

        assertThat(captured.topic()).isEqualTo("ledger.payment-order");
        assertThat(captured.keyField()).isEqualTo("paymentOrderId");
        assertThat(registered.topic()).isEqualTo("ledger.organization");
        assertThat(registered.keyField()).isEqualTo("organizationId");
    }

    @Test
    void isReadBackFromItsSchemaFileName() {
        assertThat(EventType.ofSchemaFile("dev.ledger.customer.CustomerArchived.v2.schema.json"))
                .contains(new EventType("customer", "CustomerArchived", "2"));
        assertThat(EventType.ofSchemaFile("README.md")).isEmpty();
    }

    @Test
    void anEventOutsideTheKnownAggregatesIsRejected() {
        assertThatThrownBy(() -> new EventType("ledgerentry", "EntryPosted", "1"))
                .hasMessageContaining("add the package to EventType.AGGREGATES");
    }
}
