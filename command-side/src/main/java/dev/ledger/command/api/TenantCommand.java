package dev.ledger.command.api;

import dev.ledger.kernel.OrganizationId;

/** A command on an existing billing aggregate names its tenant; another tenant's aggregate answers as missing. */
public interface TenantCommand {

    OrganizationId organizationId();
}
