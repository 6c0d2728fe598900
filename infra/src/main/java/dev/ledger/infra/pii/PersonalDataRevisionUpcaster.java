package dev.ledger.infra.pii;

import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import dev.ledger.kernel.customer.CustomerRegistered;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of the events with personal data to revision 2: revision 2 lets personal data (and a crypto wallet)
 * read back erased and says so in its {@code erased}, which a revision 1 row (plain values, written before
 * encryption) never is. The stored row is not touched; only what is read from it.
 */
final class PersonalDataRevisionUpcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(CustomerRegistered.class.getName(),
            CustomerDetailsUpdated.class.getName(), PaymentMethodAdded.class.getName());
    private static final List<String> ERASABLE = List.of("personalData", "cryptoWallet");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class, PersonalDataRevisionUpcaster::notErased);
    }

    private static JsonNode notErased(JsonNode event) {
        ObjectNode upcast = event.deepCopy();
        for (String field : ERASABLE) {
            if (upcast.get(field) instanceof ObjectNode personal && !personal.has("erased")
                    && !PersonalDataEnvelopes.isEnvelope(personal)) {
                personal.put("erased", false);
            }
        }
        return upcast;
    }
}
