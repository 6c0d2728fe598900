package dev.ledger.command.api;

import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The time command and deadline handlers act at: Axon's own clock, which stamps the events they apply, and which
 * tests move (the aggregate fixture sets it to its simulated time; service tests set a controllable clock).
 */
public final class Now {

    private Now() {
    }

    public static Instant instant() {
        return GenericEventMessage.clock.instant();
    }
}
