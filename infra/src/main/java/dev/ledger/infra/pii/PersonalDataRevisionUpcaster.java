package dev.ledger.infra.pii;

import dev.ledger.kernel.customer.CustomerDetailsUpdated;
import dev.ledger.kernel.customer.CustomerRegistered;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of the customer events to revision 2. The JSON is unchanged: revision 2 only allows personal data to
 * read back erased, and a revision 1 row (plain personal data, written before encryption) is a valid revision 2.
 */
final class PersonalDataRevisionUpcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(CustomerRegistered.class.getName(), CustomerDetailsUpdated.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                com.fasterxml.jackson.databind.JsonNode.class, json -> json);
    }
}
