package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.OrderNumber;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** A payment order stored before orders named their invoice still reads, as paying no invoice. */
class PaymentOrderRevisionUpcasterTest {

    private static final OrganizationId ACME = OrganizationId.parse("0190d3b4-7c2a-7def-8abc-000000000001");
    private static final PaymentOrderId ORDER = PaymentOrderId.parse("0190d3b4-7c2a-7def-8abc-000000000005");
    private static final CustomerId CUSTOMER = CustomerId.parse("0190d3b4-7c2a-7def-8abc-000000000002");

    /** A revision 1 row word for word as the service stored it before revision 2. */
    private static final String REVISION_1 = """
            {"organizationId":"0190d3b4-7c2a-7def-8abc-000000000001",\
            "paymentOrderId":"0190d3b4-7c2a-7def-8abc-000000000005","orderNumber":"20240611-000042",\
            "customerId":"0190d3b4-7c2a-7def-8abc-000000000002","paymentMethodId":null,\
            "amount":{"amountMinor":10000,"currency":"EUR"},"fee":{"amountMinor":250,"currency":"EUR"},\
            "tax":{"amountMinor":1597,"currency":"EUR"},"description":"Annual plan"}""";

    private final JsonMapper mapper = JsonMapper.builder().addModule(new LedgerValuesJacksonModule()).findAndAddModules().build();
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(mapper).revisionResolver(new KernelRevisionResolver()).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(new PaymentOrderRevisionUpcaster());

    @Test
    void aRevisionOneOrderReadsAsRevisionTwoPayingNoInvoice() {
        IntermediateEventRepresentation read = upcast(REVISION_1, "1");

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(deserialize(read)).isEqualTo(new PaymentOrderCreated(ACME, ORDER, OrderNumber.parse("20240611-000042"),
                CUSTOMER, null, Money.of(10_000, "EUR"), Money.of(250, "EUR"), Money.of(1_597, "EUR"), "Annual plan",
                null));
    }

    @Test
    void theRevisionOneShapeIsTheCurrentOneWithoutTheInvoice() throws Exception {
        PaymentOrderCreated current = new PaymentOrderCreated(ACME, ORDER, OrderNumber.parse("20240611-000042"), CUSTOMER,
                null, Money.of(10_000, "EUR"), Money.of(250, "EUR"), Money.of(1_597, "EUR"), "Annual plan", null);
        ObjectNode written = mapper.valueToTree(current);
        written.remove("invoiceId");

        assertThat(mapper.writeValueAsString(written)).isEqualTo(REVISION_1);
    }

    @Test
    void aRevisionTwoOrderKeepsItsInvoice() throws Exception {
        InvoiceId invoice = InvoiceId.parse("0190d3b4-7c2a-7def-8abc-00000000000a");
        PaymentOrderCreated created = new PaymentOrderCreated(ACME, ORDER, OrderNumber.parse("20240611-000042"), CUSTOMER,
                null, Money.of(2_380, "EUR"), Money.of(0, "EUR"), Money.of(0, "EUR"), "Invoice INV-000001", invoice);

        IntermediateEventRepresentation read = upcast(mapper.writeValueAsString(created), "2");

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(deserialize(read).invoiceId()).isEqualTo(invoice);
    }

    private IntermediateEventRepresentation upcast(String payload, String revision) {
        GenericDomainEventEntry<String> row = new GenericDomainEventEntry<>("PaymentOrder", ORDER.toString(), 0,
                "event-1", Instant.parse("2026-11-01T00:00:00Z"), PaymentOrderCreated.class.getName(), revision, payload,
                "{}");
        List<IntermediateEventRepresentation> read =
                chain.upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private PaymentOrderCreated deserialize(IntermediateEventRepresentation read) {
        return serializer.deserialize(new SimpleSerializedObject<>(read.getData(String.class).getData(), String.class,
                read.getType()));
    }
}
