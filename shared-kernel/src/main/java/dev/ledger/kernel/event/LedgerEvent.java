package dev.ledger.kernel.event;

import dev.ledger.kernel.OrganizationId;

/** Every ledger event names its tenant, so readers, streams and row-level security never have to look it up. */
public interface LedgerEvent {

    OrganizationId organizationId();
}
