package dev.ledger.infra.security;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A JWT's claims as a {@link LedgerPrincipal}: the organization claim is the tenant, the roles claim a list (or a
 * space-separated string) of role names. A token without a valid organization is only good for the platform role.
 */
final class JwtPrincipals {

    private final String organizationClaim;
    private final String rolesClaim;

    JwtPrincipals(String organizationClaim, String rolesClaim) {
        this.organizationClaim = organizationClaim;
        this.rolesClaim = rolesClaim;
    }

    LedgerPrincipal of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames(jwt.getClaim(rolesClaim))) {
            try {
                roles.add(Role.fromWire(rolesClaim, name));
            } catch (InvalidValue unknown) {
                // Identity providers put roles of other systems in the same claim: ours are the ones we know.
            }
        }
        String organization = jwt.getClaimAsString(organizationClaim);
        OrganizationId tenant;
        try {
            tenant = organization == null ? null : OrganizationId.parse(organization);
        } catch (InvalidValue invalid) {
            throw new InvalidBearerTokenException("claim " + organizationClaim + " is not an organization id");
        }
        if (tenant == null) {
            roles.retainAll(Set.of(Role.PLATFORM_ADMIN));
        } else {
            roles.remove(Role.PLATFORM_ADMIN);
        }
        return new LedgerPrincipal(tenant, roles, "jwt " + jwt.getSubject());
    }

    private static List<String> roleNames(Object claim) {
        if (claim instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String names) {
            return List.of(names.trim().split("\\s+"));
        }
        return List.of();
    }
}
