package dev.ledger.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link PaymentOrderCreated} revision 1 to revision 2: revision 2 names the invoice an order pays, which a revision 1
 * order never recorded, so it reads as paying none. The stored row is not touched; only what is read from it.
 */
final class PaymentOrderRevisionUpcaster extends SingleEventUpcaster {

    private static final String TYPE = PaymentOrderCreated.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class,
                PaymentOrderRevisionUpcaster::payingNoInvoice);
    }

    private static JsonNode payingNoInvoice(JsonNode event) {
        ObjectNode upcast = event.deepCopy();
        if (!upcast.has("invoiceId")) {
            upcast.putNull("invoiceId");
        }
        return upcast;
    }
}
