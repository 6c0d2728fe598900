package dev.ledger.infra.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated {@link LedgerPrincipal}, whichever credential (API key, platform key, JWT) proved it. */
final class LedgerAuthentication extends AbstractAuthenticationToken {

    private final LedgerPrincipal principal;

    LedgerAuthentication(LedgerPrincipal principal) {
        super(principal.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        // The secret is never kept after it was checked.
        return "";
    }

    @Override
    public LedgerPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.credential();
    }
}
