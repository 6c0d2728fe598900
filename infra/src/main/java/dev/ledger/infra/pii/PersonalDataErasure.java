package dev.ledger.infra.pii;

import dev.ledger.kernel.customer.CustomerForgotten;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/**
 * Destroys a forgotten customer's data key. A subscribing processor: it runs in the transaction that appends
 * {@code CustomerForgotten}, so the event and the key's destruction commit together or not at all.
 */
@ProcessingGroup(PersonalDataErasure.PROCESSING_GROUP)
final class PersonalDataErasure {

    static final String PROCESSING_GROUP = "personal-data-keys";

    private final DataKeys keys;

    PersonalDataErasure(DataKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(CustomerForgotten event, EventMessage<?> message) {
        keys.destroy(event.customerId().value(), event.organizationId().value(), event.ground().name(),
                message.getIdentifier(), message.getTimestamp());
    }
}
