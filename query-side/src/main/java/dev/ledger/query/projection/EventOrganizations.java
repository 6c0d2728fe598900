package dev.ledger.query.projection;

import org.axonframework.eventhandling.EventMessage;

/** The organization a stored event belongs to, read from its stored form without binding it to its class. */
@FunctionalInterface
public interface EventOrganizations {

    /** The organization's id as stored, or null for an event that belongs to none. */
    String of(EventMessage<?> event);
}
