package dev.ledger.infra.security;

import dev.ledger.kernel.OrganizationId;

/** The tenant of the current request, from its credential; a path naming another organization is "not found". */
public final class Tenants {

    private Tenants() {
    }

    /** @param pathTenant the {@code {organizationId}} the client put in the path */
    public static OrganizationId current(String pathTenant) {
        LedgerPrincipal principal = LedgerPrincipal.current().orElseThrow(TenantMismatch::new);
        return EndpointAccess.tenantOf(principal, pathTenant);
    }
}
