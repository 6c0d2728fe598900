package dev.ledger.infra.security;

import dev.ledger.kernel.OrganizationId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the organization the credential belongs to (none for the platform credential), its roles and a
 * name for logs. The tenant of every request comes from here, never from a header or body.
 */
public record LedgerPrincipal(OrganizationId organization, Set<Role> roles, String credential) {

    public LedgerPrincipal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static LedgerPrincipal platformAdmin() {
        return new LedgerPrincipal(null, Set.of(Role.PLATFORM_ADMIN), "platform-admin");
    }

    public Optional<OrganizationId> tenant() {
        return Optional.ofNullable(organization);
    }

    public boolean hasAnyOf(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The principal of the request on this thread, if it was authenticated. */
    public static Optional<LedgerPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LedgerPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }
}
